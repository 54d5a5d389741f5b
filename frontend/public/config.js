// Runtime settings for the SEND Insight dashboard. Rewritten when the container starts
// (see docker-entrypoint.sh), so one build can talk to any API.
window.SEND_INSIGHT_CONFIG = { apiBaseUrl: "http://localhost:8080" };
