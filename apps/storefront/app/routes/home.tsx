import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { homePath, LOCALES } from "@comptoir/i18n";
import { useTranslation } from "react-i18next";
import { ProductCard } from "~/components/product-card";
import { storefrontApi } from "~/lib/api.server";
import { localeDetector, localeFromUrl } from "~/lib/locale.server";
import { absoluteAlternates, seoMeta } from "~/lib/seo";

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeFromUrl(request)!;
  const { api } = await storefrontApi(request);
  const [featured, t] = await Promise.all([
    api.catalog.featured({ locale, limit: 12 }),
    localeDetector.getFixedT(locale, "storefront"),
  ]);
  const origin = new URL(request.url).origin;
  const alternates = Object.fromEntries(LOCALES.map((candidate) => [candidate, homePath(candidate)]));
  return {
    locale,
    featured,
    alternates,
    seo: {
      title: t("home.title"),
      description: t("home.description"),
      canonical: new URL(homePath(locale), origin).toString(),
      alternates: absoluteAlternates(origin, alternates),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function Home() {
  const { locale, featured } = useLoaderData<typeof loader>();
  const { t } = useTranslation("storefront");
  return (
    <>
      <section className="hero">
        <h1>{t("home.heroTitle")}</h1>
        <p className="hero__text">{t("home.heroText")}</p>
      </section>
      <section aria-labelledby="featured-title">
        <h2 id="featured-title">{t("home.featuredTitle")}</h2>
        {featured.length === 0 ? (
          <p>{t("home.empty")}</p>
        ) : (
          <div className="product-grid">
            {featured.map((product) => (
              <ProductCard key={product.id} product={product} locale={locale} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
