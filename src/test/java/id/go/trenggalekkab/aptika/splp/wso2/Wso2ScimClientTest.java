package id.go.trenggalekkab.aptika.splp.wso2;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.go.trenggalekkab.aptika.splp.wso2.Wso2Portal.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SOP A step 5 through WSO2 SCIM 2.0: the user with ask-password, then the subscriber role. */
class Wso2ScimClientTest {

  @RegisterExtension
  static WireMockExtension wso2 =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String USER_ID = "7a2c6e4b-1f3d-4c8e-9b5a-2d0f6e8c1a37";
  static final String ROLE_ID = "3e9d1b7f-5c2a-4e6d-8f0b-1a4c7e9d2b65";

  private Wso2ScimClient scim;

  @BeforeEach
  void scim() {
    acceptsOurServiceAccount(wso2);
    scim = Wso2Portal.scim(properties(wso2));
  }

  @Test
  void createsTheUserWithAskPasswordAndGrantsTheSubscriberRole() {
    wso2.stubFor(
        post(urlEqualTo(SCIM + "/Users"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/scim+json")
                    .withBody(
                        """
                        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"%s",
                         "userName":"budi.santoso","meta":{"resourceType":"User",
                         "created":"2026-11-02T02:11:09.613Z"}}
                        """
                            .formatted(USER_ID))));
    wso2.stubFor(
        get(urlPathEqualTo(SCIM + "/Roles"))
            .withQueryParam("filter", equalTo("displayName eq \"Internal/subscriber\""))
            .willReturn(
                okJson(
                    """
                    {"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
                     "totalResults":1,"startIndex":1,"itemsPerPage":1,
                     "Resources":[{"displayName":"Internal/subscriber","id":"%s"}]}
                    """
                        .formatted(ROLE_ID))));
    wso2.stubFor(patch(urlEqualTo(SCIM + "/Roles/" + ROLE_ID)).willReturn(okJson("{}")));

    String id =
        scim.createUser(
            "budi.santoso", "Budi", "Santoso", "budi@trenggalekkab.go.id", "+6281234567890");

    assertThat(id).isEqualTo(USER_ID);
    wso2.verify(
        postRequestedFor(urlEqualTo(SCIM + "/Users"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", containing("application/scim+json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                     "userName":"budi.santoso","name":{"givenName":"Budi","familyName":"Santoso"},
                     "emails":[{"value":"budi@trenggalekkab.go.id","primary":true}],
                     "phoneNumbers":[{"type":"mobile","value":"+6281234567890"}],
                     "urn:scim:wso2:schema":{"askPassword":true}}
                    """)));
    wso2.verify(
        patchRequestedFor(urlEqualTo(SCIM + "/Roles/" + ROLE_ID))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", containing("application/scim+json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                     "Operations":[{"op":"add","path":"users","value":[{"value":"%s"}]}]}
                    """
                        .formatted(USER_ID))));
  }

  @Test
  void findsAnExistingUserByUserName() {
    wso2.stubFor(
        get(urlPathEqualTo(SCIM + "/Users"))
            .withQueryParam("filter", equalTo("userName eq \"budi.santoso\""))
            .willReturn(
                okJson(
                    """
                    {"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
                     "totalResults":1,"startIndex":1,"itemsPerPage":1,
                     "Resources":[{"id":"%s","userName":"budi.santoso"}]}
                    """
                        .formatted(USER_ID))));

    assertThat(scim.findUser("budi.santoso")).contains(USER_ID);
    wso2.verify(
        getRequestedFor(urlPathEqualTo(SCIM + "/Users"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void anUnknownUserIsNotFound() {
    wso2.stubFor(
        get(urlPathEqualTo(SCIM + "/Users"))
            .willReturn(
                okJson(
                    """
                    {"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
                     "totalResults":0,"startIndex":1,"itemsPerPage":0}
                    """)));

    assertThat(scim.findUser("siapa")).isEmpty();
  }
}
