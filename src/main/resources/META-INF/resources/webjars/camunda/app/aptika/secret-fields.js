/*
 * Layanan Aptika: secret fields of Camunda Forms are masked in Tasklist, as in any signing client.
 * Tasklist's config.js imports this module.
 *
 * form-js 1.8 (the 7.24 Tasklist's renderer) has no password field: a text field's input becomes
 * one here, as soon as form-js draws it (a field shown by a condition is drawn anew each time).
 * form-js sets the typed value as a property, never as an attribute, and does not touch `type`
 * again, so the field stays masked while it is filled and submitted as before.
 */
const SECRET_FIELD_IDS = ['Field_signerPassphrase'];

const SECRET_INPUTS = SECRET_FIELD_IDS.map((id) => `.fjs-container input[id$="-${id}"]`)
  .join(', ');

function mask(input) {
  if (input.type !== 'password') {
    input.type = 'password';
    input.autocomplete = 'off';
    input.spellcheck = false;
  }
}

function maskSecretInputsIn(node) {
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (node.matches(SECRET_INPUTS)) {
    mask(node);
  }
  node.querySelectorAll(SECRET_INPUTS).forEach(mask);
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    mutation.addedNodes.forEach(maskSecretInputsIn);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
