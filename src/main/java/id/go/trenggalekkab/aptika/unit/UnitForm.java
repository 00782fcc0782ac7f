package id.go.trenggalekkab.aptika.unit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator sends to add or change a unit; the unit's code is in the path. */
record UnitForm(
    @NotBlank(message = "Nama unit wajib diisi.")
        @Size(max = 200, message = "Nama unit paling panjang 200 karakter.")
        String name,
    @NotBlank(message = "Jabatan kepala unit wajib diisi.")
        @Size(max = 300, message = "Jabatan kepala unit paling panjang 300 karakter.")
        String headTitle,
    @NotBlank(message = "Nama kepala unit wajib diisi.")
        @Size(max = 200, message = "Nama kepala unit paling panjang 200 karakter.")
        String headName,
    @NotBlank(message = "Alamat unit wajib diisi.")
        @Size(max = 500, message = "Alamat unit paling panjang 500 karakter.")
        String address,
    @NotBlank(message = "Alamat e-mail unit wajib diisi.")
        @Email(message = "Alamat e-mail unit tidak valid.")
        @Size(max = 254, message = "Alamat e-mail unit paling panjang 254 karakter.")
        String email) {

  static final String ID_PATTERN = "[a-z0-9]{2,32}";
  static final String ID_MESSAGE =
      "Kode unit hanya boleh berisi 2-32 huruf kecil atau angka, tanpa spasi.";

  Unit toUnit(String id) {
    return new Unit(
        id, name.strip(), headTitle.strip(), headName.strip(), address.strip(), email.strip());
  }
}
