import { describe, expect, it } from "vitest";
import { mediaPath, mediaSrcSet, smallestMediaPath } from "./media-path";

const file = (letter: string, width: number) => ({
  checksum: letter.repeat(64),
  mimeType: "image/webp",
  width,
});

describe("media paths", () => {
  const picture = file("a", 1600);
  const copies = [file("b", 200), file("c", 400), file("d", 800)];

  it("names a file by its checksum and type", () => {
    expect(mediaPath("e".repeat(64), "image/jpeg")).toBe(`/media/${"e".repeat(64)}.jpg`);
  });

  it("lists every copy and the picture by width for srcset, narrowest first", () => {
    expect(mediaSrcSet(picture, [copies[2]!, copies[0]!, copies[1]!])).toBe(
      [
        `/media/${"b".repeat(64)}.webp 200w`,
        `/media/${"c".repeat(64)}.webp 400w`,
        `/media/${"d".repeat(64)}.webp 800w`,
        `/media/${"a".repeat(64)}.webp 1600w`,
      ].join(", "),
    );
    // A picture stored before copies existed: the picture alone.
    expect(mediaSrcSet(picture, [])).toBe(`/media/${"a".repeat(64)}.webp 1600w`);
  });

  it("picks the narrowest file wide enough for a thumbnail, else the picture", () => {
    expect(smallestMediaPath(picture, copies, 192)).toBe(`/media/${"b".repeat(64)}.webp`);
    expect(smallestMediaPath(picture, copies, 500)).toBe(`/media/${"d".repeat(64)}.webp`);
    expect(smallestMediaPath(picture, [], 192)).toBe(`/media/${"a".repeat(64)}.webp`);
    expect(smallestMediaPath(file("f", 150), [], 192)).toBe(`/media/${"f".repeat(64)}.webp`);
  });
});
