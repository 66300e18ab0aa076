// Live checks for the workbench: after each edit, the form is checked on the server (the same checks
// as saving) and every finding is written at its cell. Without script the page still works: saving
// shows the same findings.
(function () {
  "use strict";
  const form = document.getElementById("report-form");
  if (!form) return;
  const url = form.dataset.checkUrl;
  const severityName = { error: "错误", warning: "警告", info: "提示" };
  let timer = 0;
  let sequence = 0;

  form.addEventListener("input", function (event) {
    // Figures and the text sections alike: C12 compares what the text states with the tables.
    if (!event.target.classList.contains("gk-input") && event.target.tagName !== "TEXTAREA") return;
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  });

  async function check() {
    const mine = ++sequence;
    const response = await fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin" });
    if (!response.ok || mine !== sequence) return;
    show(await response.json());
  }

  function show(result) {
    const byPath = {};
    for (const [path, message] of Object.entries(result.errors || {})) {
      (byPath[path] = byPath[path] || { state: "error", messages: [] }).messages.push(message);
    }
    for (const finding of result.findings) {
      if (!finding.where) continue;
      const entry = (byPath[finding.where] = byPath[finding.where] || { state: finding.severity, messages: [] });
      if (finding.severity === "error") entry.state = "error";
      entry.messages.push(finding.rule + " " + finding.message);
    }
    for (const cell of form.querySelectorAll("td[data-path]")) {
      const entry = byPath[cell.dataset.path];
      if (entry) cell.dataset.state = entry.state; else delete cell.dataset.state;
      const message = cell.querySelector(".gk-msg");
      if (message) message.textContent = entry ? entry.messages.join("；") : "";
    }
    for (const span of form.querySelectorAll("[data-computed-for]")) {
      const value = result.computed[span.dataset.computedFor];
      const input = span.parentElement.querySelector(".gk-input");
      span.textContent = "计算 " + (value ?? "—");
      span.dataset.differs = String(value != null && input.value.trim() !== "" && Number(input.value) !== Number(value));
    }
    const list = document.getElementById("findings");
    list.replaceChildren(...result.findings.map(function (f) {
      const item = document.createElement("li");
      item.dataset.severity = f.severity;
      item.textContent = "[" + severityName[f.severity] + " " + f.rule + "] " + f.message;
      return item;
    }));
    const errors = result.findings.filter(f => f.severity === "error").length + Object.keys(result.errors || {}).length;
    document.getElementById("error-count").textContent = errors;
    document.getElementById("warning-count").textContent = result.findings.filter(f => f.severity === "warning").length;
  }
})();
