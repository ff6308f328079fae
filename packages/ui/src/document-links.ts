import stylesUrl from "./styles/index.css?url";

/** The stylesheet and icon every page of both apps links to; each app adds its own stylesheet. */
export function documentLinks(appStylesheet: string) {
  return [
    { rel: "stylesheet", href: stylesUrl },
    { rel: "stylesheet", href: appStylesheet },
    { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  ];
}
