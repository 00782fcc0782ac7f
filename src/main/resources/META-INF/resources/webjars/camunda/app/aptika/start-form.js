/*
 * Layanan Aptika: what the two start forms (forms/subdomain-start.html and
 * forms/splp-account-start.html) share, called from their cam-script as
 * `aptikaStartForm(camForm, $scope, inject)`. Imported by tasklist/scripts/config.js, so it is
 * defined before Tasklist draws a form. The call returns the form element, `modelOf` (a field's
 * ngModel) and `checkOnSubmit(check)`, where `check` returns a message in Bahasa Indonesia that
 * stops the submission, or null.
 */
const MAX_BYTES = 5000000;

function aptikaStartForm(camForm, $scope, inject) {
  const form = camForm.formElement[0].tagName === 'FORM' ? camForm.formElement[0]
    : camForm.formElement[0].querySelector('form');
  const fileInput = form.querySelector('#requestLetter');
  const fileGroup = form.querySelector('#requestLetterGroup');
  const fileMessage = form.querySelector('#requestLetterMessage');
  const dateInput = form.querySelector('#requestLetterDate');
  const submitChecks = [];
  let fileTouched = false;

  // Revising a returned request (a task form): the stored letter stays unless a new one is
  // attached, and step 4's findings and the dispositions so far are shown above the form.
  const revising = !!camForm.taskId;
  const revisionVariables = ['completenessProblems', 'dispositionKadis', 'dispositionKabid'];
  if (revising) {
    form.querySelector('#requestLetterRule').textContent =
      'Boleh dikosongkan: surat yang sudah dikirim tetap dipakai.';
    camForm.on('form-loaded', function () {
      revisionVariables.forEach(function (name) { camForm.variableManager.fetchVariable(name); });
    });
    camForm.on('variables-fetched', function () {
      const value = function (name) { return camForm.variableManager.variableValue(name) || ''; };
      form.querySelector('#revisionProblems').textContent = value('completenessProblems');
      form.querySelector('#revisionDispositions').textContent =
        'Disposisi Kadis: ' + (value('dispositionKadis') || '-') +
        ' | Disposisi Kabid: ' + (value('dispositionKabid') || '-');
      form.querySelector('#revisionPanel').style.display = '';
    });
    // Shown here, never sent back: the server refuses any variable the form does not offer, and
    // Tasklist would send every fetched variable along with the fields.
    camForm.on('submit', function () {
      revisionVariables.forEach(function (name) {
        if (camForm.variableManager.variables[name]) {
          camForm.variableManager.destroyVariable(name);
        }
      });
    });
  }

  // The reference number is the server's: the clerk sees it as soon as her request is accepted.
  let notifications;
  inject(['Notifications', function (service) { notifications = service; }]);
  // A message added while the start dialog is open goes to the dialog's own notification area
  // and closes with it; Tasklist adds its own "started" message only after the dialog closed.
  function whenTheDialogHasClosed(show, waited) {
    if (document.querySelector('.modal-dialog') && (waited || 0) < 5000) {
      setTimeout(function () { whenTheDialogHasClosed(show, (waited || 0) + 100); }, 100);
    } else {
      show();
    }
  }
  if (!revising) {
    camForm.on('submit-success', function () {
      fetch('/api/my-requests/latest', { credentials: 'same-origin' })
        .then(function (answer) { return answer.ok ? answer.json() : null; })
        .then(function (request) {
          if (request && notifications) {
            whenTheDialogHasClosed(function () {
              notifications.addMessage({
                status: 'Nomor registrasi ' + request.referenceNumber,
                message: 'Permohonan Anda terdaftar dengan nomor registrasi ' +
                  request.referenceNumber + '. Ikuti perjalanannya di menu Permohonan saya.',
                duration: 60000
              });
            });
          }
        });
    });
  }

  function modelOf(input) {
    const formController = $scope[form.getAttribute('name')];
    return (formController && formController[input.name]) ||
      angular.element(input).controller('ngModel');
  }

  // Tasklist binds every cam-variable-name field with ng-model, which a file input cannot
  // satisfy, so the file field has no "required": this script sets its validity instead
  // (present, PDF, at most 5 MB) and keeps the Start button disabled until it is valid.
  function fileProblem() {
    const file = fileInput.files && fileInput.files[0];
    if (!file) {
      return revising ? null : 'Surat permohonan (PDF) wajib dilampirkan.';
    }
    const isPdf = file.type === 'application/pdf' || (file.type === '' && /\.pdf$/i.test(file.name));
    if (!isPdf) {
      return 'Berkas "' + file.name + '" bukan PDF. Lampirkan surat permohonan dalam format PDF.';
    }
    if (file.size > MAX_BYTES) {
      return 'Ukuran berkas ' + (file.size / 1000000).toFixed(1).replace('.', ',') +
        ' MB melebihi batas 5 MB.';
    }
    return null;
  }

  function checkFile() {
    const problem = fileProblem();
    const model = modelOf(fileInput);
    if (model) {
      model.$setValidity('requestLetterFile', problem === null);
    }
    const show = problem !== null && fileTouched;
    fileMessage.textContent = show ? problem : '';
    fileGroup.classList.toggle('has-error', show);
    return problem;
  }

  function today() {
    const d = new Date();
    const pad = function (n) { return n < 10 ? '0' + n : '' + n; };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function checkDate() {
    const model = modelOf(dateInput);
    if (model) {
      // yyyy-MM-dd strings compare in date order
      model.$setValidity('notInFuture', !dateInput.value || dateInput.value <= today());
    }
  }

  fileInput.addEventListener('change', function () {
    fileTouched = true;
    $scope.$evalAsync(checkFile);
  });
  dateInput.setAttribute('max', today());
  dateInput.addEventListener('change', function () { $scope.$evalAsync(checkDate); });
  camForm.on('form-loaded', function () { $scope.$evalAsync(checkFile); });
  camForm.on('variables-applied', function () { $scope.$evalAsync(checkFile); });
  $scope.$evalAsync(checkFile);

  // Every check runs, not only up to the first problem, since some also refresh what the form
  // shows.
  camForm.on('submit', function () {
    fileTouched = true;
    let problem = checkFile();
    submitChecks.forEach(function (check) {
      const found = check();
      problem = problem || found;
    });
    if (problem) {
      camForm.submitPrevented = true;
    }
  });

  return {
    form: form,
    modelOf: modelOf,
    checkOnSubmit: function (check) { submitChecks.push(check); }
  };
}

window.aptikaStartForm = aptikaStartForm;
