// The audit log: who did what, on what, when and from where, filtered by a plain GET form (the URL is
// the state: shareable, works without JavaScript). Read-only: the page offers nothing that changes
// an entry, and the API has no procedure that could.
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { fieldErrorsFromError } from "@comptoir/api";
import { getFixedT } from "@comptoir/i18n/server";
import { useErrorText } from "@comptoir/ui";
import { AUDIT_LOG_PAGE_SIZE } from "@comptoir/validators";
import { useTranslation } from "@comptoir/i18n/react";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import auditCustomersStylesUrl from "~/styles/audit-customers.css?url";
import dashboardStylesUrl from "~/styles/dashboard.css?url";
import { useShopDates } from "~/lib/shop-dates";

export const headers = privateNoStore;
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: dashboardStylesUrl },
  { rel: "stylesheet", href: auditCustomersStylesUrl },
];

const FILTERS = ["actor", "action", "entityType", "entityId", "from", "to"] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** Actions people look for most, offered as suggestions in the action field. */
const SUGGESTED_ACTIONS = [
  "order",
  "order.refund",
  "order.note_added",
  "staff",
  "staff.role_change",
  "staff.deactivate",
  "customer.verification_resent",
  "user_login",
  "login_failed",
  "two_factor_failed",
  "password_changed",
  "account_deleted",
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "audit.read" });
  const locale = localeDetector.getLocale(request);
  const params = new URL(request.url).searchParams;
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ""])) as Filters;
  const t = getFixedT(locale, "admin");
  const title = getFixedT(locale, "common")("pageTitle", { title: t("audit.title") });
  try {
    const entries = await api.admin.audit.list({
      ...filters,
      page: params.get("page") ?? 1,
      pageSize: AUDIT_LOG_PAGE_SIZE,
    });
    return data({ entries, filters, locale, title, fieldErrors: null }, { headers: resHeaders });
  } catch (error) {
    // A mistyped filter: the form says which field, and shows no list.
    const fieldErrors = fieldErrorsFromError(error);
    if (!fieldErrors) throw error;
    return data({ entries: null, filters, locale, title, fieldErrors }, { status: 400, headers: resHeaders });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export default function Audit() {
  const dates = useShopDates();
  const { entries, filters, fieldErrors } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("admin");
  const errorText = useErrorText();
  const pageCount = entries ? Math.max(1, Math.ceil(entries.total / entries.pageSize)) : 1;
  const hrefWith = (changes: Partial<Filters> & { page?: number }) => {
    const params = new URLSearchParams(
      Object.entries({ ...filters, ...changes, page: "" }).filter(([, value]) => value !== ""),
    );
    if (changes.page && changes.page > 1) params.set("page", String(changes.page));
    return `?${params}`;
  };
  const actionLabel = (action: string) =>
    i18n.exists(`admin:audit.actions.${action}`)
      ? t(`audit.actions.${action}` as "audit.actions.logout")
      : null;
  const roleLabel = (role: string) =>
    role === "CUSTOMER" ? t("audit.roleCustomer") : t(`roles.${role as "OWNER"}`);
  // A malformed id or action is not "missing": say what the field expects.
  const filterError = (name: (typeof FILTERS)[number], key: string) => {
    if (key !== "validation.required") return errorText(key);
    return name === "actor" ? errorText(key) : t("audit.filters.invalidToken");
  };
  const field = (name: (typeof FILTERS)[number], type: "text" | "date" | "search", extra: object = {}) => (
    <div className="field" key={name}>
      <label htmlFor={`audit-${name}`}>{t(`audit.filters.${name}`)}</label>
      <input
        id={`audit-${name}`}
        name={name}
        type={type}
        defaultValue={filters[name]}
        className={name === "actor" ? "input input--wide" : "input"}
        aria-invalid={fieldErrors?.[name] ? true : undefined}
        aria-describedby={
          fieldErrors?.[name] ? `audit-${name}-error` : name === "action" ? "audit-action-hint" : undefined
        }
        {...extra}
      />

      {fieldErrors?.[name] ? (
        <p className="field__error" id={`audit-${name}-error`}>
          {filterError(name, fieldErrors[name]![0] ?? "")}
        </p>
      ) : null}
    </div>
  );
  return (
    <>
      <div className="page-heading">
        <h1>{t("audit.title")}</h1>
        {entries ? (
          <p className="page-heading__count" data-testid="audit-count">
            {t("audit.count", { count: entries.total })}
          </p>
        ) : null}
      </div>
      <p className="page-intro page-intro--narrow">{t("audit.intro")}</p>
      <Form method="get" className="filters" role="search">
        {field("actor", "search")}
        {field("action", "text", { list: "audit-actions" })}
        <datalist id="audit-actions">
          {SUGGESTED_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {actionLabel(action) ?? action}
            </option>
          ))}
        </datalist>
        {field("entityType", "text")}
        {field("entityId", "text")}
        {field("from", "date")}
        {field("to", "date")}
        <button type="submit" className="btn btn--small">
          {t("audit.filters.submit")}
        </button>
        <Link to="/audit" className="btn btn--ghost btn--small">
          {t("audit.filters.reset")}
        </Link>
      </Form>
      <p className="field__hint audit-hint" id="audit-action-hint">
        {t("audit.filters.actionHelp")}
      </p>
      {!entries ? null : entries.items.length === 0 ? (
        <p className="empty">{t("audit.empty")}</p>
      ) : (
        <table className="table table--stacked" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t("audit.columns.when")}</th>
              <th scope="col">{t("audit.columns.actor")}</th>
              <th scope="col">{t("audit.columns.action")}</th>
              <th scope="col">{t("audit.columns.entity")}</th>
              <th scope="col">{t("audit.columns.origin")}</th>
              <th scope="col">{t("audit.columns.changes")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.items.map((entry) => {
              const label = actionLabel(entry.action);
              const hasDetails = entry.before !== null || entry.after !== null || entry.metadata !== null;
              return (
                <tr key={entry.id} data-testid="audit-row">
                  <td data-label={t("audit.columns.when")} className="audit-when">
                    {dates.dateTime(entry.createdAt, "medium")}
                  </td>
                  <td data-label={t("audit.columns.actor")}>
                    {entry.actorId ? (
                      <span>
                        <Link to={hrefWith({ actor: entry.actorId })}>
                          {entry.actorEmail ?? t("audit.deletedAccount", { id: entry.actorId })}
                        </Link>
                        {entry.actorRole ? (
                          <span className="cell-sub">{roleLabel(entry.actorRole)}</span>
                        ) : null}
                      </span>
                    ) : (
                      <span className="muted">{t("audit.anonymous")}</span>
                    )}
                  </td>
                  <td data-label={t("audit.columns.action")} className="audit-action">
                    <span>
                      {label ?? <code>{entry.action}</code>}
                      {label ? (
                        <code className="cell-sub" data-testid="audit-action">
                          {entry.action}
                        </code>
                      ) : null}
                    </span>
                  </td>
                  <td data-label={t("audit.columns.entity")} className="audit-entity">
                    {entry.entityType ? (
                      <span>
                        {entry.entityType === "order" && entry.entityId ? (
                          <Link to={`/orders/${entry.entityId}`}>{entry.entityType}</Link>
                        ) : (
                          entry.entityType
                        )}
                        {entry.entityId ? (
                          <Link
                            to={hrefWith({ entityType: entry.entityType, entityId: entry.entityId })}
                            className="cell-sub"
                          >
                            <code>{entry.entityId}</code>
                          </Link>
                        ) : null}
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td data-label={t("audit.columns.origin")}>
                    <span>
                      {entry.ipAddress ?? <span className="muted">—</span>}
                      {entry.userAgent ? (
                        <span className="cell-sub cell-sub--clip" title={entry.userAgent}>
                          {entry.userAgent}
                        </span>
                      ) : null}
                    </span>
                  </td>
                  <td data-label={t("audit.columns.changes")}>
                    {hasDetails ? (
                      <details className="audit-changes">
                        <summary>{t("audit.showChanges")}</summary>
                        {(["before", "after", "metadata"] as const).map((part) =>
                          entry[part] === null ? null : (
                            <div key={part}>
                              <h3>{t(`audit.${part}`)}</h3>
                              <pre>{json(entry[part])}</pre>
                            </div>
                          ),
                        )}
                      </details>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {entries && pageCount > 1 ? (
        <nav className="pagination" aria-label={t("products.pagination.label")}>
          {entries.page > 1 ? (
            <Link to={hrefWith({ page: entries.page - 1 })}>{t("products.pagination.previous")}</Link>
          ) : (
            <span />
          )}
          <span>{t("products.pagination.position", { page: entries.page, pageCount })}</span>
          {entries.page < pageCount ? (
            <Link to={hrefWith({ page: entries.page + 1 })}>{t("products.pagination.next")}</Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
