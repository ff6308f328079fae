// The public HTTP endpoint of the API (/api/trpc/*): the same router the pages call in-process.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleApiRequest } from "@comptoir/api/http";

export const loader = ({ request }: LoaderFunctionArgs) => handleApiRequest(request);
export const action = ({ request }: ActionFunctionArgs) => handleApiRequest(request);
