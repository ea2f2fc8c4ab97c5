// The media picker's inline upload: sends one file with its alternative texts to the library, then adds it
// to the field's list and chooses it. Without this script the picker is a plain select and a link.
(() => {
  if (window.allianceMediaPicker) return;
  window.allianceMediaPicker = true;

  const enhance = (box) => {
    const field = document.getElementById(box.dataset.mediaUpload);
    const form = box.closest("form");
    const token = form && form.querySelector("input[name=__RequestVerificationToken]");
    if (!field || !token) return;
    box.hidden = false;
    const status = box.querySelector(".media-inline-status");
    const file = box.querySelector("input[type=file]");
    box.querySelector("[data-media-upload-button]").addEventListener("click", async () => {
      if (!file.files.length) { file.focus(); return; }
      const body = new FormData();
      body.append("__RequestVerificationToken", token.value);
      body.append("File[0]", file.files[0]);
      for (const alt of box.querySelectorAll("[data-alt-culture]")) body.append(`Alt[0].${alt.dataset.altCulture}`, alt.value);
      status.setAttribute("role", "status");
      status.textContent = "…";
      let answer;
      try {
        const response = await fetch(box.dataset.uploadUrl, { method: "POST", body, headers: { Accept: "application/json" }, credentials: "same-origin" });
        answer = await response.json();
      } catch {
        answer = { errors: [box.dataset.failed || "Upload failed."] };
      }
      if (answer.errors) {
        status.setAttribute("role", "alert");
        status.textContent = answer.errors.join(" ");
        return;
      }
      const path = answer.paths[0];
      if (field.tagName === "SELECT") {
        const option = new Option(path, path, true, true);
        field.add(option);
      } else {
        field.value = field.value.trim() ? `${field.value.trim()}, ${path}` : path;
      }
      field.dispatchEvent(new Event("change", { bubbles: true }));
      file.value = "";
      for (const alt of box.querySelectorAll("[data-alt-culture]")) alt.value = "";
      status.textContent = answer.message;
    });
  };

  const start = () => document.querySelectorAll("[data-media-upload]").forEach(enhance);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
