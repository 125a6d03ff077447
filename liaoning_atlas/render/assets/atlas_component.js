/* The atlas map as a Streamlit component: mounts the map folium built, with the app's own Leaflet.
   Runs again whenever its data changes; the Leaflet map is kept on the host element and rebuilt only
   when the map itself (not the selection) changes. A click on a city is sent at once as a trigger value. */
const LEAFLET = "app/static/leaflet/leaflet.js";

function loadLeaflet() {
  if (window.L) return Promise.resolve(window.L);
  if (!window.__atlasLeaflet) {
    window.__atlasLeaflet = new Promise(function (resolve, reject) {
      const script = document.createElement("script");
      script.src = new URL(LEAFLET, document.baseURI).href;
      script.onload = function () { resolve(window.L); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  return window.__atlasLeaflet;
}

export default function ({ data, parentElement, setTriggerValue }) {
  const host = parentElement.querySelector(".atlas-map-host");
  host.__atlasSend = setTriggerValue;
  // At most the page's height, less the title above and the legend and buttons below (1280×720 fits).
  host.style.height = "min(" + data.height + "px, max(320px, calc(100vh - 305px)))";
  if (host.dataset.signature === data.signature) return;
  loadLeaflet().then(function () {
    if (host.dataset.signature === data.signature) return;
    if (host.__atlasMap) {
      host.__atlasMap.remove();
      host.__atlasMap = null;
    }
    host.innerHTML = data.html;
    host.firstElementChild.style.height = "100%";
    host.__atlasMap = new Function(data.script + "\nreturn " + data.name + ";")();
    host.dataset.signature = data.signature;
    if (!host.__atlasListening) {
      host.__atlasListening = true;
      host.addEventListener("atlas-city", function (event) { host.__atlasSend("city", event.detail); });
    }
  });
}
