// A product's pictures on its editor page: add one (checked and re-encoded by the server),
// describe each in both languages (what a screen reader says on the storefront), move one up,
// remove one. Two plain forms: the upload is multipart, the rest is not.
import { Form } from "@remix-run/react";
import { useTranslation } from "@comptoir/i18n/react";

interface Image {
  id: string;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
  alt: { fr: string; en: string };
}

interface Props {
  images: Image[];
  maxImages: number;
  maxMegabytes: number;
  /** A translated message about the upload, and whether it is an error. */
  notice: { text: string; error: boolean } | null;
  busy: boolean;
}

export function ProductImagesPanel({ images, maxImages, maxMegabytes, notice, busy }: Props) {
  const { t } = useTranslation("admin");
  return (
    <section className="panel" aria-labelledby="images-heading" data-testid="product-images">
      <h2 id="images-heading">{t("productEditor.images")}</h2>
      {notice ? (
        <p
          className={notice.error ? "alert alert--error" : "alert alert--info"}
          role={notice.error ? "alert" : "status"}
        >
          {notice.text}
        </p>
      ) : null}
      {images.length > 0 ? (
        <Form method="post" className="product-images">
          <input type="hidden" name="intent" value="images" />
          <ol className="product-images__list">
            {images.map((image, index) => (
              <li key={image.id} className="product-images__item" data-testid="product-image">
                <input type="hidden" name="imageIds" value={image.id} />
                <img
                  src={image.thumbnailUrl}
                  alt=""
                  width={96}
                  height={Math.round((96 * image.height) / image.width)}
                />
                <div className="product-images__texts">
                  {(["fr", "en"] as const).map((locale) => (
                    <div className="field" key={locale}>
                      <label htmlFor={`alt-${image.id}-${locale}`}>
                        {t("productEditor.alt", { language: t(`productEditor.language.${locale}`) })}
                      </label>
                      <input
                        id={`alt-${image.id}-${locale}`}
                        name={`alt.${image.id}.${locale}`}
                        defaultValue={image.alt[locale]}
                        maxLength={250}
                        lang={locale}
                        className="input"
                      />
                    </div>
                  ))}
                  <p className="field__help">
                    {t("productEditor.size", { width: image.width, height: image.height })}
                  </p>
                </div>
                <div className="product-images__actions">
                  {index > 0 ? (
                    <button
                      type="submit"
                      name="moveUp"
                      value={image.id}
                      className="btn btn--ghost btn--small"
                      disabled={busy}
                    >
                      {t("productEditor.moveUp")}
                    </button>
                  ) : (
                    <span className="badge">{t("productEditor.mainImage")}</span>
                  )}
                  <button
                    type="submit"
                    name="removeImage"
                    value={image.id}
                    className="btn btn--ghost btn--small"
                    disabled={busy}
                  >
                    {t("productEditor.removeImage")}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <button type="submit" className="btn btn--small" disabled={busy}>
            {t("productEditor.saveImages")}
          </button>
        </Form>
      ) : (
        <p className="muted">{t("productEditor.noImages")}</p>
      )}
      {images.length < maxImages ? (
        <Form
          // A new form after each upload: the last picture's file and descriptions do not linger.
          key={images.length}
          method="post"
          encType="multipart/form-data"
          className="product-images__upload"
          data-testid="image-upload"
        >
          <input type="hidden" name="intent" value="upload" />
          <div className="field">
            <label htmlFor="image-file">{t("productEditor.imageFile")}</label>
            <input
              id="image-file"
              name="file"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
              required
            />
            <p className="field__help">{t("productEditor.imageHelp", { megabytes: maxMegabytes })}</p>
          </div>
          <div className="product-editor__row">
            {(["fr", "en"] as const).map((locale) => (
              <div className="field" key={locale}>
                <label htmlFor={`new-alt-${locale}`}>
                  {t("productEditor.alt", { language: t(`productEditor.language.${locale}`) })}
                </label>
                <input
                  id={`new-alt-${locale}`}
                  name={`alt.${locale}`}
                  maxLength={250}
                  lang={locale}
                  className="input"
                />
              </div>
            ))}
          </div>
          <button type="submit" className="btn btn--small" disabled={busy}>
            {t("productEditor.upload")}
          </button>
        </Form>
      ) : (
        <p className="muted">{t("productEditor.imageLimit", { count: maxImages })}</p>
      )}
    </section>
  );
}
