import type { LoaderFunctionArgs } from "@remix-run/node";
import { handleMediaRequest } from "@comptoir/api/http";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  handleMediaRequest(request, params.file ?? "");
