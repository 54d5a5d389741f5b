#!/bin/sh
# Points the dashboard at its API when the container starts, so one image serves any deployment:
# writes config.js from API_BASE_URL and exports API_ORIGIN for the Content-Security-Policy
# in nginx.conf, then hands over to the next command (the nginx image's own entrypoint).
set -eu

html_dir="${NGINX_HTML_DIR:-/usr/share/nginx/html}"
api_base_url="${API_BASE_URL:-http://localhost:8080}"
api_base_url="${api_base_url%/}"

# The value goes into JavaScript and an HTTP header: refuse anything that could break out of either.
case "$api_base_url" in
  *[!A-Za-z0-9:/._~%+-]*)
    echo "API_BASE_URL may contain only letters, digits and : / . _ ~ % + - (got: $api_base_url)" >&2
    exit 1
    ;;
esac

case "$api_base_url" in
  http://* | https://*)
    # connect-src takes an origin: scheme://host[:port], without any path.
    API_ORIGIN="$(printf '%s' "$api_base_url" | sed -E 's#^(https?://[^/]+).*$#\1#')"
    ;;
  "" | /*)
    API_ORIGIN="" # the API is behind the same origin as the dashboard; 'self' covers it
    ;;
  *)
    echo "API_BASE_URL must start with http://, https:// or / (got: $api_base_url)" >&2
    exit 1
    ;;
esac
export API_ORIGIN

printf 'window.SEND_INSIGHT_CONFIG = { apiBaseUrl: "%s" };\n' "$api_base_url" > "$html_dir/config.js"
echo "send-insight: dashboard will call the API at ${api_base_url:-its own origin}"

exec "$@"
