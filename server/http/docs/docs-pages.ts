/**
 * The HTML of the docs pages. Every asset is served by this server (no CDN): Swagger UI's from
 * `/api/docs/`, ReDoc's from `/api/redoc/`, the AsyncAPI component's from `/api/asyncapi/`.
 */

const icon = '<link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">';

/**
 * Swagger UI: the operation filter on, authorization kept in localStorage across reloads, no
 * validator badge (it calls an outside service), and a successful sign-in (login, register or
 * token refresh, whose login example is the demo login) authorizes the page with its access token.
 */
export const swaggerPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Study Mate API — Swagger UI</title>
${icon}<link rel="stylesheet" href="./swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="./swagger-ui-bundle.js"></script>
<script src="./swagger-ui-standalone-preset.js"></script>
<script>
const signIn = /\\/api\\/auth\\/(login|register|token\\/refresh)\\/$/;
function authorizeFromSignIn(response) {
  const body = response.body || {};
  const access = body.tokens ? body.tokens.access : body.access;
  const path = new URL(response.url, window.location.href).pathname;
  if (response.ok && signIn.test(path) && typeof access === 'string') {
    window.ui.preauthorizeApiKey('bearerAuth', access);
    window.ui.authActions.persistAuthorizationIfNeeded();
  }
  return response;
}
window.ui = SwaggerUIBundle({
  url: '/api/schema/', dom_id: '#swagger-ui', deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout',
  filter: true, persistAuthorization: true, validatorUrl: null, displayOperationId: true,
  displayRequestDuration: true, responseInterceptor: authorizeFromSignIn,
});
</script>
</body></html>`;

/** ReDoc: its own search box filters the operations. */
export const redocPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Study Mate API — ReDoc</title>${icon}</head>
<body><redoc spec-url="/api/schema/"></redoc><script src="./redoc.standalone.js"></script></body></html>`;

/** The AsyncAPI document of the chat sockets, rendered by @asyncapi/react-component's standalone bundle. */
export const asyncApiPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Study Mate chat — AsyncAPI</title>
${icon}<link rel="stylesheet" href="./default.min.css"></head>
<body><div id="asyncapi"></div>
<script src="./asyncapi.standalone.js"></script>
<script>
AsyncApiStandalone.render(
  { schema: { url: '/api/asyncapi.json' }, config: { show: { sidebar: true } } },
  document.getElementById('asyncapi'),
);
</script>
</body></html>`;
