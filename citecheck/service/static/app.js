// The editor's page: submit a draft (text, URL or file), poll its check, show the report.
// Plain browser JavaScript, no build step, no external assets.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const TOKEN_KEY = "citecheck-token";
  let mode = "text";
  let authRequired = false;
  let pollTimer = null;
  let blobUrls = [];

  function authHeaders(extra) {
    const headers = Object.assign({}, extra || {});
    const token = $("token").value.trim();
    if (token) headers.Authorization = "Bearer " + token;
    return headers;
  }

  async function errorText(response) {
    try {
      const body = await response.json();
      if (body && body.error) return body.error;
    } catch (_) {
      // Not JSON (a proxy's error page): fall back to the status line.
    }
    return "HTTP " + response.status + " " + response.statusText;
  }

  function retryDelay(response, fallbackMs) {
    const seconds = Number(response.headers.get("Retry-After"));
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : fallbackMs;
  }

  function selectTab(name) {
    mode = name;
    for (const tab of ["text", "url", "file"]) {
      $("tab-" + tab).setAttribute("aria-selected", String(tab === name));
      $("panel-" + tab).hidden = tab !== name;
    }
  }

  function showFormError(message) {
    $("form-error").textContent = message;
    $("form-error").hidden = !message;
  }

  function options() {
    const chosen = {};
    if ($("offline").checked) chosen.offline = true;
    return chosen;
  }

  function buildRequest() {
    if (mode === "text") {
      const text = $("text").value;
      if (!text.trim()) throw new Error("Paste the draft first.");
      return {
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: text, format: $("format").value, options: options() }),
      };
    }
    if (mode === "url") {
      const url = $("url").value.trim();
      if (!/^https?:\/\/\S+$/i.test(url)) throw new Error("Give the full address, starting with https://");
      return {
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ url: url, options: options() }),
      };
    }
    const file = $("file").files[0];
    if (!file) throw new Error("Choose a file first.");
    const form = new FormData();
    form.append("file", file, file.name);
    form.append("options", JSON.stringify(options()));
    return { headers: {}, body: form };
  }

  async function submit(event) {
    event.preventDefault();
    showFormError("");
    let request;
    try {
      request = buildRequest();
    } catch (error) {
      showFormError(error.message);
      return;
    }
    if (authRequired) sessionStorage.setItem(TOKEN_KEY, $("token").value.trim());
    $("submit").disabled = true;
    try {
      const response = await fetch("/v1/checks", {
        method: "POST",
        headers: authHeaders(request.headers),
        body: request.body,
      });
      if (response.status !== 202) {
        showFormError(await errorText(response));
        return;
      }
      const accepted = await response.json();
      history.replaceState(null, "", "#check=" + encodeURIComponent(accepted.id));
      follow(accepted.id);
    } catch (error) {
      showFormError("Could not reach the service: " + error.message);
    } finally {
      $("submit").disabled = false;
    }
  }

  function setState(status) {
    const badge = $("job-state");
    badge.textContent = status;
    badge.className = "state " + status;
  }

  function describeProgress(body) {
    const done = body.progress ? body.progress.done : 0;
    const total = body.progress ? body.progress.total : 0;
    $("progress").max = Math.max(total, 1);
    $("progress").value = body.status === "done" ? Math.max(total, 1) : done;
    if (body.status === "queued") return "Waiting for a free worker…";
    if (body.status === "running") {
      return total > 0 ? "Checked " + done + " of " + total + " links…" : "Reading the document…";
    }
    if (body.status === "done") return "Done.";
    return "The check failed.";
  }

  function follow(id) {
    clearTimeout(pollTimer);
    for (const url of blobUrls) URL.revokeObjectURL(url);
    blobUrls = [];
    $("status-card").hidden = false;
    $("result-card").hidden = true;
    $("job-error").hidden = true;
    setState("queued");
    $("progress-text").textContent = "Waiting to start…";
    const started = Date.now();

    const poll = async () => {
      let delay = Date.now() - started < 30000 ? 600 : 2000;
      try {
        const response = await fetch("/v1/checks/" + encodeURIComponent(id), { headers: authHeaders() });
        if (response.status === 429) {
          delay = retryDelay(response, 2000);
        } else if (!response.ok) {
          fail(await errorText(response));
          return;
        } else {
          const body = await response.json();
          setState(body.status);
          $("progress-text").textContent = describeProgress(body);
          if (body.status === "done") {
            showResult(id, body.report);
            return;
          }
          if (body.status === "failed") {
            fail(body.error || "The check failed.");
            return;
          }
        }
      } catch (error) {
        delay = 2000; // the service may be restarting: keep trying
      }
      pollTimer = setTimeout(poll, delay);
    };
    poll();
  }

  function fail(message) {
    setState("failed");
    $("job-error").textContent = message;
    $("job-error").hidden = false;
  }

  function summaryItem(cls, count, label) {
    const item = document.createElement("li");
    item.className = cls;
    const strong = document.createElement("strong");
    strong.textContent = String(count);
    item.append(strong, document.createTextNode(label));
    return item;
  }

  function blobLink(content, type) {
    const url = URL.createObjectURL(new Blob([content], { type: type }));
    blobUrls.push(url);
    return url;
  }

  async function showResult(id, report) {
    const summary = report.summary || {};
    const findings = summary.findings || {};
    const list = $("summary");
    list.replaceChildren(
      summaryItem("error", findings.error || 0, (findings.error === 1 ? " error" : " errors")),
      summaryItem("warning", findings.warning || 0, (findings.warning === 1 ? " warning" : " warnings")),
      summaryItem("info", findings.info || 0, " info"),
      summaryItem("footnotes", summary.footnotes || 0, (summary.footnotes === 1 ? " footnote" : " footnotes")),
    );
    $("json-download").href = blobLink(JSON.stringify(report, null, 2), "application/json");
    const reportUrl = "/v1/checks/" + encodeURIComponent(id) + "/report.html";
    // Without a token the report loads directly (under its own sandboxing CSP); with one, the
    // frame can only show a copy fetched with the Authorization header.
    $("report-link").hidden = authRequired;
    $("report-link").href = reportUrl;
    $("result-card").hidden = false;
    if (!authRequired) {
      $("report-download").href = reportUrl;
      $("report-frame").src = reportUrl;
      return;
    }
    try {
      const response = await fetch(reportUrl, { headers: authHeaders() });
      if (!response.ok) {
        fail("The report could not be shown: " + (await errorText(response)));
        return;
      }
      const html = await response.text();
      const url = blobLink(html, "text/html");
      $("report-download").href = url;
      $("report-frame").src = url;
    } catch (error) {
      fail("The report could not be loaded: " + error.message);
    }
  }

  async function init() {
    for (const tab of ["text", "url", "file"]) {
      $("tab-" + tab).addEventListener("click", () => selectTab(tab));
    }
    $("check-form").addEventListener("submit", submit);
    try {
      const response = await fetch("/healthz");
      const body = await response.json();
      authRequired = Boolean(body.auth_required);
    } catch (_) {
      authRequired = false;
    }
    $("token-row").hidden = !authRequired;
    if (authRequired) $("token").value = sessionStorage.getItem(TOKEN_KEY) || "";
    document.body.dataset.ready = "true";
    const resumed = /^#check=([\w-]+)$/.exec(location.hash);
    if (resumed) follow(resumed[1]);
  }

  init();
})();
