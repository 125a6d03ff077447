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

  function control(position, className, html) {
    var Box = L.Control.extend({
      onAdd: function () {
        var div = L.DomUtil.create("div", className);
        div.innerHTML = html;
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
      },
    });
    return new Box({ position: position }).addTo(map);
  }

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

  if (config.present) {
    L.DomUtil.addClass(map.getContainer(), "atlas-present");
    // The frame is as tall as the screen allows: fill it, and keep the view fitted when it changes.
    L.DomUtil.addClass(document.body, "atlas-fill");
    var fit = function () { map.invalidateSize(); map.fitBounds(config.bounds); };
    fit();
    window.addEventListener("resize", fit);
  } else if (map.getSize().x < 640) {
    // A narrow map (a 1280×720 projector with the panel beside it): keep the card short.
    L.DomUtil.addClass(map.getContainer(), "atlas-narrow");
  }
  var card = control("bottomright", "atlas-card", "");
  var cardBox = card.getContainer();
  cardBox.style.display = "none";

  var byCity = {};
  layers.forEach(function (layer) {
    layer.eachLayer(function (item) {
      var city = item.feature.properties.city;
      byCity[city] = item;
      item.getElement().setAttribute("data-city", city);
    });
  });
  var selected = null;
  var pending = null;

  function select(city) {
    if (selected && byCity[selected]) {
      L.DomUtil.removeClass(byCity[selected].getElement(), "atlas-selected");
    }
    selected = city && config.cards[city] ? city : null;
    if (!selected) {
      cardBox.style.display = "none";
      return;
    }
    var item = byCity[selected];
    L.DomUtil.addClass(item.getElement(), "atlas-selected");
    item.bringToFront();
    cardBox.innerHTML = config.cards[selected];
    cardBox.setAttribute("data-city", selected);
    cardBox.style.display = "block";
    cardBox.querySelector(".atlas-card-close").onclick = function () { cardBox.style.display = "none"; };
  }

  // The page URL (?city=大连) is the source of truth; follow it, except just after a click on the map,
  // until the app has caught up with that click.
  function cityInUrl() {
    var value;
    try {
      value = new URLSearchParams(window.parent.location.search).get("city");
    } catch (error) {
      return undefined;
    }
    return value ? config.aliases[value.trim().toLowerCase()] || null : null;
  }

  function follow() {
    var city = cityInUrl();
    if (city === undefined) return;
    if (city === null && config.focus) city = config.focus;
    if (pending) {
      if (city !== pending) return;
      pending = null;
    }
    if (city !== selected) select(city);
  }

  layers.forEach(function (layer) {
    layer.on("click", function (event) {
      var city = event.layer.feature.properties.city;
      pending = city;
      setTimeout(function () { if (pending === city) pending = null; }, 4000);
      select(city);
    });
  });
  follow();
  setInterval(follow, 300);
})
