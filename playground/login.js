// The login helper: asks for an email and password, calls the `login` mutation, and hands the access token
// back so the page can put `Authorization: Bearer …` into the headers pane.

import { executeGraphQL } from "./graphql-client.js";

const loginMutation = `mutation Login($email: String!, $password: String!) {
  login(input: {email: $email, password: $password}) {
    accessToken
  }
}`;

/** Wires the login `<dialog>`; `onToken(token)` receives the access token after a successful login. */
export function setUpLogin({ dialog, openButton, onToken }) {
  const form = dialog.querySelector("form");
  const errorElement = dialog.querySelector(".form-error");
  const submit = form.querySelector('button[type="submit"]');
  openButton.addEventListener("click", () => {
    errorElement.hidden = true;
    dialog.showModal();
    form.elements.email.focus();
  });
  dialog.querySelector(".dialog-cancel").addEventListener("click", () => dialog.close());
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    const result = await executeGraphQL({
      query: loginMutation,
      operationName: "Login",
      variables: { email: form.elements.email.value, password: form.elements.password.value },
    });
    submit.disabled = false;
    const token = result.json?.data?.login?.accessToken;
    if (token) {
      form.elements.password.value = "";
      dialog.close();
      onToken(token);
    } else {
      errorElement.textContent = loginFailure(result);
      errorElement.hidden = false;
    }
  });
}

function loginFailure(result) {
  if (result.networkError) return `The server could not be reached: ${result.networkError}`;
  return result.json?.errors?.map((error) => error.message).join(" ") || `Login failed (HTTP ${result.status}).`;
}
