/* Search results as a Streamlit component: the whole list drawn at once from the HTML the app sends.
   A link (a result's place on the map or its zone page, its source at the quote) opens that page inside
   the app, as a link in the sidebar does: a new history entry, so Back returns to these results; opened
   in a new tab (Ctrl, Shift, the middle button) it stays an ordinary link. A button (show a whole group)
   is sent back at once as the trigger value "action". */
export default function ({ data, parentElement, setTriggerValue }) {
  const host = parentElement.querySelector(".atlas-results");
  host.__atlasSend = setTriggerValue;
  if (host.__atlasHtml !== data.html) {
    host.innerHTML = data.html;
    host.__atlasHtml = data.html;
  }
  if (host.__atlasListening) return;
  host.__atlasListening = true;
  host.addEventListener("click", function (event) {
    const link = event.target.closest("a[href]");
    if (link && host.contains(link)) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      window.history.pushState(null, "", link.href);
      window.dispatchEvent(new PopStateEvent("popstate", { state: null }));
      return;
    }
    const button = event.target.closest("button[data-action]");
    if (button && host.contains(button)) host.__atlasSend("action", button.dataset.action);
  });
}
