/**
 * The browser files the docs pages load, and the packages they come from. The build copies them
 * (with each package's license texts) into `server/dist/docs-assets/<package>/`, keeping their
 * paths inside the package, so the published server depends on none of these packages; run from
 * source, the server reads them from the installed packages (root devDependencies).
 */
export interface BrowserAssets {
  packageName: string;
  /** The URL folder the docs page loads them from. */
  route: string;
  /** URL name (under `route`) → path inside the package. */
  files: Record<string, string>;
  /** License texts shipped beside the files (never served): the package's and each bundle's. */
  licenses: string[];
}

/** The folder beside the built module that holds the copied files. */
export const BROWSER_ASSETS_FOLDER = 'docs-assets';

export const browserAssets: readonly BrowserAssets[] = [
  {
    packageName: 'swagger-ui-dist',
    route: '/api/docs/',
    files: {
      'swagger-ui.css': 'swagger-ui.css',
      'swagger-ui-bundle.js': 'swagger-ui-bundle.js',
      'swagger-ui-standalone-preset.js': 'swagger-ui-standalone-preset.js',
      // The favicon of every docs page.
      'favicon-32x32.png': 'favicon-32x32.png',
    },
    licenses: [
      'LICENSE',
      'NOTICE',
      'swagger-ui-bundle.js.LICENSE.txt',
      'swagger-ui-standalone-preset.js.LICENSE.txt',
    ],
  },
  {
    packageName: 'redoc',
    route: '/api/redoc/',
    files: { 'redoc.standalone.js': 'bundles/redoc.standalone.js' },
    licenses: ['LICENSE', 'bundles/redoc.standalone.js.LICENSE.txt'],
  },
  {
    packageName: '@asyncapi/react-component',
    route: '/api/asyncapi/',
    files: {
      'asyncapi.standalone.js': 'browser/standalone/index.js',
      'default.min.css': 'styles/default.min.css',
    },
    licenses: ['LICENSE', 'browser/standalone/index.js.LICENSE.txt'],
  },
];
