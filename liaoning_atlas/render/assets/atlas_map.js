/* Runs inside the map after folium's own script: zone stripes, name labels, the instant city card
   and the outline of the selected city.
   Arguments: map (L.Map), layers (clickable L.GeoJSON layers), config (see atlas_map.py). */
(function (map, layers, config) {
  var SVG_NS = "http://www.w3.org/2000/svg";

  function stripePattern(id, stripes) {
    var band = 8, size = band * stripes.length;
    var pattern = document.createElementNS(SVG_NS, "pattern");
    pattern.setAttribute("id", id);
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("width", size);
    pattern.setAttribute("height", size);
    pattern.setAttribute("patternTransform", "rotate(45)");
    stripes.forEach(function (stripe, index) {
      var rect = document.createElementNS(SVG_NS, "rect");
      rect.setAttribute("x", index * band);
      rect.setAttribute("y", 0);
      rect.setAttribute("width", band * stripe.band);
      rect.setAttribute("height", size);
      rect.setAttribute("fill", stripe.colour);
      // Projectors wash colours out: stripes go fully opaque in a presentation.
      rect.setAttribute("fill-opacity", config.present ? 1 : stripe.band === 1 ? 0.72 : 0.85);
      pattern.appendChild(rect);
    });
    return pattern;
  }

  var svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("width", 0);
  svg.setAttribute("height", 0);
  svg.setAttribute("aria-hidden", "true");
  svg.style.position = "absolute";
  var defs = document.createElementNS(SVG_NS, "defs");
  Object.keys(config.patterns).forEach(function (id) {
    defs.appendChild(stripePattern(id, config.patterns[id]));
  });
  svg.appendChild(defs);
  map.getContainer().appendChild(svg);

  config.labels.forEach(function (label) {
    L.marker([label.lat, label.lon], {
      icon: L.divIcon({
        className: "atlas-label " + label.cls,
        html: "<span data-city=\"" + label.city + "\">" + label.html + "</span>",
        iconSize: null,
      }),
      interactive: false,
      keyboard: false,
    }).addTo(map);
  });

  var container = map.getContainer();
  if (config.present) {
    L.DomUtil.addClass(container, "atlas-present");
  } else if (map.getSize().x < 640) {
    // A narrow map (a 1280×720 projector with the panel beside it): keep the card short.
    L.DomUtil.addClass(container, "atlas-narrow");
  }
  // The page may resize the map (presentation mode fills the screen): keep the view fitted.
  if (window.ResizeObserver) {
    var size = map.getSize();
    new ResizeObserver(function () {
      var now = map.getSize();
      map.invalidateSize();
      if (now.x !== size.x || now.y !== size.y) map.fitBounds(config.bounds, { animate: false });
      size = map.getSize();
    }).observe(container);
  }

  // The card: beside the clicked city, never over it; it informs and lets clicks through.
  var card = L.DomUtil.create("div", "atlas-card", container);
  card.style.display = "none";
  L.DomEvent.disableScrollPropagation(card);

  function placeCard(item) {
    var bounds = item.getBounds ? item.getBounds() : L.latLngBounds([item.getLatLng(), item.getLatLng()]);
    var nw = map.latLngToContainerPoint(bounds.getNorthWest());
    var se = map.latLngToContainerPoint(bounds.getSouthEast());
    var frame = map.getSize();
    var gap = 12, width = card.offsetWidth, height = card.offsetHeight;
    var left = se.x + gap;
    if (left + width > frame.x - 4) left = nw.x - gap - width;  // no room on the right: the left side
    if (left < 4) left = Math.min(Math.max(4, se.x + gap), frame.x - width - 4);
    var middle = (nw.y + se.y) / 2;
    var top = Math.min(Math.max(4, middle - height / 2), frame.y - height - 4);
    card.style.left = left + "px";
    card.style.top = top + "px";
  }

  var byCity = {};
  layers.forEach(function (layer) {
    layer.eachLayer(function (item) {
      var props = item.feature.properties;
      byCity[props.city] = item;
      var element = item.getElement();
      element.setAttribute("data-city", props.city);
      // Reachable with the keyboard: Tab to a city, Enter or Space selects it.
      element.setAttribute("tabindex", "0");
      element.setAttribute("role", "button");
      element.setAttribute("aria-label", config.names[props.city] || props.city);
      element.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          choose(props.city);
        }
      });
    });
  });
  var selected = null;
  var pending = null;
  var halo = null;

  function select(city) {
    if (halo) {
      halo.remove();
      halo = null;
    }
    selected = city && config.cards[city] ? city : null;
    if (!selected) {
      container.removeAttribute("data-selected");
      card.style.display = "none";
      return;
    }
    var item = byCity[selected];
    // The selection: a white halo under a magenta line, unlike the dark 双核 outline.
    var shape = item.feature.geometry.type === "Point"
      ? [L.circleMarker(item.getLatLng(), config.selection.halo).setRadius(12),
         L.circleMarker(item.getLatLng(), config.selection.line).setRadius(12)]
      : [L.geoJSON(item.feature, { style: config.selection.halo, interactive: false }),
         L.geoJSON(item.feature, { style: config.selection.line, interactive: false })];
    halo = L.layerGroup(shape).addTo(map);
    container.setAttribute("data-selected", selected);
    card.innerHTML = config.cards[selected];
    card.setAttribute("data-city", selected);
    card.style.display = "block";
    card.querySelector(".atlas-card-close").onclick = function () { card.style.display = "none"; };
    placeCard(item);
  }

  // The page URL (?city=大连) is the source of truth; follow it, except just after a click on the map,
  // until the app has caught up with that click.
  function cityInUrl() {
    var value = new URLSearchParams(window.location.search).get("city");
    return value ? config.aliases[value.trim().toLowerCase()] || null : null;
  }

  function follow() {
    if (!document.body.contains(container)) {
      clearInterval(timer);
      return;
    }
    var city = cityInUrl();
    if (city === null && config.focus) city = config.focus;
    if (pending) {
      if (city !== pending) return;
      pending = null;
    }
    if (city !== selected) select(city);
  }

  function choose(city) {
    pending = city;
    setTimeout(function () { if (pending === city) pending = null; }, 4000);
    select(city);
    container.dispatchEvent(new CustomEvent("atlas-city", { bubbles: true, detail: city }));
  }

  layers.forEach(function (layer) {
    layer.on("click", function (event) {
      event.layer.closeTooltip();
      choose(event.layer.feature.properties.city);
    });
  });
  map.on("zoomend moveend", function () { if (selected && card.style.display !== "none") placeCard(byCity[selected]); });
  follow();
  var timer = setInterval(follow, 250);
})
