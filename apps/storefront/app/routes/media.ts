// /media/<checksum>.<ext>: stored images, cached forever (the path changes when the bytes do).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { handleMediaRequest } from "@comptoir/api/http";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  handleMediaRequest(request, params.file ?? "");
