import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

// A product page's shape and weight (about 200 elements and 27 kB of HTML, like the storefront's
// product page) from data held in memory: what Remix and React cost with no database, no catalog,
// no middleware and no compression. The benchmark measures it beside the storefront's pages.

const SENTENCE =
  "Un café récolté à la main sur les hauts plateaux, séché au soleil avec une partie de sa pulpe, " +
  "aux notes de fruits rouges, de miel et de cacao. ";

const PRODUCT = {
  name: "Café du Kenya procédé miel, lot 1",
  description: SENTENCE.repeat(14),
  origin: SENTENCE.repeat(38),
  variants: Array.from({ length: 4 }, (_, index) => ({
    sku: `KEN-MIEL-${index + 1}`,
    label: `${250 * (index + 1)} g`,
    price: 1290 + index * 850,
    stock: index === 3 ? 0 : 12 * (index + 1),
  })),
};

const CATEGORIES = Array.from({ length: 12 }, (_, index) => ({
  slug: `categorie-${index + 1}`,
  name: `Catégorie ${index + 1}`,
}));

const RELATED = Array.from({ length: 16 }, (_, index) => ({
  slug: `cafe-d-ethiopie-lave-lot-${index + 1}`,
  name: `Café d'Éthiopie lavé, lot ${index + 1}`,
  price: 990 + index * 120,
}));

export function loader() {
  return { product: PRODUCT, categories: CATEGORIES, related: RELATED };
}

export const meta: MetaFunction = () => [
  { title: `${PRODUCT.name} — Comptoir` },
  { name: "description", content: SENTENCE },
];

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

function price(cents: number): string {
  return euros.format(cents / 100);
}

export default function ProductPage() {
  const { product, categories, related } = useLoaderData<typeof loader>();
  const links = categories.map((category) => (
    <li key={category.slug}>
      <a href={`/fr/categorie/${category.slug}`}>{category.name}</a>
    </li>
  ));
  return (
    <>
      <header>
        <a href="/fr">Comptoir</a>
        <nav aria-label="Catégories">
          <ul>{links}</ul>
        </nav>
        <form action="/fr/recherche">
          <label htmlFor="q">Rechercher</label>
          <input id="q" name="q" type="search" />
        </form>
      </header>
      <main>
        <nav aria-label="Fil d'Ariane">
          <ol>
            <li>
              <a href="/fr">Accueil</a>
            </li>
            <li>
              <a href="/fr/categorie/cafe">Café</a>
            </li>
            <li aria-current="page">{product.name}</li>
          </ol>
        </nav>
        <h1>{product.name}</h1>
        <img src="/media/kenya.webp" alt={product.name} width={800} height={800} />
        <p>{product.description}</p>
        <fieldset>
          <legend>Poids</legend>
          {product.variants.map((variant) => (
            <a key={variant.sku} href={`?variante=${variant.sku}`}>
              {variant.label} — {price(variant.price)}
            </a>
          ))}
        </fieldset>
        <form method="post">
          <input type="hidden" name="sku" value={product.variants[0]?.sku} />
          <label>
            Quantité <input name="quantity" type="number" min={1} defaultValue={1} />
          </label>
          <button type="submit">Ajouter au panier</button>
        </form>
        <table>
          <tbody>
            {product.variants.map((variant) => (
              <tr key={variant.sku}>
                <th scope="row">{variant.sku}</th>
                <td>{variant.label}</td>
                <td>{price(variant.price)}</td>
                <td>{variant.stock > 0 ? `${variant.stock} en stock` : "Épuisé"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <section>
          <h2>Origine</h2>
          <p>{product.origin}</p>
        </section>
        <section>
          <h2>Vous aimerez aussi</h2>
          <ul>
            {related.map((item) => (
              <li key={item.slug}>
                <a href={`/fr/produit/${item.slug}`}>
                  <img src={`/media/${item.slug}.webp`} alt="" width={400} height={400} />
                  <span>{item.name}</span>
                  <span>{price(item.price)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      </main>
      <footer>
        <ul>{links}</ul>
        <p>{SENTENCE}</p>
      </footer>
    </>
  );
}
