// Progressive enhancement: everything works without this script; it adds filters and search on listings,
// the print button, and the offline cache. No framework, no requests to other hosts.
(function () {
  "use strict";

  // Must fold exactly like generator/Rendering/SearchText.cs.
  var MAP = { "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ё": "е", "ي": "ی", "ى": "ی", "ك": "ک" };
  function fold(text) {
    return text.toLowerCase().replace(/ß/g, "ss").normalize("NFD")
      .replace(/[\p{Mn}\p{Me}]/gu, "")
      .replace(/[ıłøđёيىك]/g, function (c) { return MAP[c]; })
      .replace(/[\p{P}\s]+/gu, " ").trim();
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function format(pattern, value) { return pattern.replace("{0}", value); }

  function card(offer, labels) {
    var item = el("li", "card card-" + offer.k);
    var title = el("h2", "card-title");
    var link = el("a");
    link.href = offer.u;
    var name = el("span", "", offer.n);
    if (offer.nl) { name.lang = offer.nl; name.dir = "ltr"; }
    link.appendChild(name);
    title.appendChild(link);
    if (offer.nl) title.appendChild(el("span", "fallback-mark", " (" + labels.fallbackMark + ")"));
    item.appendChild(title);
    // Town names and language names are isolated (bdi), as in the cards the build writes, so that a Latin name in
    // an Arabic line keeps its place and no line starts with a stray separator.
    var meta = el("p", "card-meta", labels.kinds[offer.k] + " · ");
    meta.appendChild(el("bdi", "card-town", labels.towns[offer.t]));
    if (offer.w) meta.appendChild(document.createTextNode(" · " + labels.districtWide));
    if (offer.m) {
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(el("span", "card-delivery", labels.deliveries[offer.m]));
    }
    item.appendChild(meta);
    var teaser = el("p", "card-teaser", offer.d);
    if (offer.dl) { teaser.lang = offer.dl; teaser.dir = "ltr"; }
    item.appendChild(teaser);
    var languages = el("p", "card-languages");
    languages.appendChild(el("span", "label", labels.languagesLabel + ":"));
    offer.l.forEach(function (code, i) {
      languages.appendChild(document.createTextNode(i === 0 ? " " : labels.separator));
      languages.appendChild(el("bdi", "", labels.languages[code] || code));
    });
    item.appendChild(languages);
    return item;
  }

  // A calendar day as a number, so that days are counted whole: Date.UTC knows no daylight saving time.
  function dayNumber(year, month, day) { return Date.UTC(year, month - 1, day) / 86400000; }

  // "Starts within N weeks": rolling entry, or the start lies between today and today + N weeks, both days included,
  // with today the visitor's own calendar day. A course that has started without rolling entry is out.
  function startsWithin(course, weeks, today) {
    if (course.ce) return true;
    if (!course.st) return false;
    var parts = course.st.split("-");
    var days = dayNumber(+parts[0], +parts[1], +parts[2]) - dayNumber(today.getFullYear(), today.getMonth() + 1, today.getDate());
    return days >= 0 && days <= weeks * 7;
  }

  function matches(offer, filter, today, facets) {
    if (filter.art && offer.k !== filter.art) return false;
    if (filter.ort && offer.t !== filter.ort && !offer.w) return false;
    if (filter.sprache && offer.l.indexOf(filter.sprache) < 0) return false;
    if (filter.zielgruppe && offer.g.indexOf(filter.zielgruppe) < 0 && offer.g.indexOf("alle") < 0) return false;
    // An offer on site and online ("beides") is found under either; one without "m" is on site.
    if (filter.durchfuehrung && (offer.m || "vor-ort") !== filter.durchfuehrung && offer.m !== "beides") return false;
    var course = offer.c;
    if (filter.niveau || filter.kursart || filter.kinderbetreuung || filter.beginn) {
      if (!course) return false;
      if (filter.niveau && course.lv.indexOf(filter.niveau) < 0) return false;
      if (filter.kursart && course.ty !== filter.kursart) return false;
      if (filter.kinderbetreuung && !course.cc) return false;
      if (filter.beginn && !startsWithin(course, Number(filter.beginn), today)) return false;
    }
    // A kind's own filters ("fachrichtung"): the offer has the chosen value among its values of that field.
    for (var f = 0; facets && f < facets.length; f++) {
      var chosen = filter[facets[f]];
      if (chosen && !(offer.f && offer.f[facets[f]] && offer.f[facets[f]].indexOf(chosen) >= 0)) return false;
    }
    var words = filter.q ? fold(filter.q).split(" ") : [];
    for (var i = 0; i < words.length; i++) {
      if (words[i] && offer.s.indexOf(words[i]) < 0) return false;
    }
    return true;
  }

  function enhanceFilters(form) {
    var list = document.querySelector("[data-result-list]");
    var status = document.querySelector(".result-count");
    // The listing's own total would stand beside the count of what the filters found, saying something else.
    var total = document.querySelector(".total");
    var pagination = document.querySelector(".pagination");
    var original = list ? Array.prototype.slice.call(list.children) : [];
    var index = null;
    var fields = Array.prototype.slice.call(form.elements).filter(function (f) { return f.name; });
    var facets = fields.filter(function (f) { return f.hasAttribute("data-facet"); }).map(function (f) { return f.name; });
    var defaults = {};
    fields.forEach(function (f) { defaults[f.name] = initialValue(f); });

    // What the page itself shows (a listing's own kind, town or language), before the visitor changes anything.
    function initialValue(field) {
      if (field.type === "checkbox") return field.defaultChecked ? "1" : "";
      if (field.tagName !== "SELECT") return field.defaultValue;
      for (var i = 0; i < field.options.length; i++) if (field.options[i].defaultSelected) return field.options[i].value;
      return "";
    }

    function read() {
      var filter = {};
      fields.forEach(function (f) {
        var value = f.type === "checkbox" ? (f.checked ? "1" : "") : f.value.trim();
        if (value) filter[f.name] = value;
      });
      return filter;
    }

    function changed(filter) {
      return fields.some(function (f) { return (filter[f.name] || "") !== defaults[f.name]; });
    }

    function writeUrl(filter) {
      var params = new URLSearchParams();
      Object.keys(filter).forEach(function (key) { params.set(key, filter[key]); });
      var query = params.toString();
      history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
    }

    // Leaving the search field fires "change" again: render only when the filter really changed, or a click on a
    // result would land on a list that was just replaced (and do nothing).
    var current = null;
    function show() {
      var filter = read();
      var key = JSON.stringify(filter);
      if (key === current) return;
      current = key;
      writeUrl(filter);
      showKindFilters(form, filter.art);
      if (!list) return;
      if (!changed(filter) && original.length && !form.hasAttribute("data-always")) {
        list.replaceChildren.apply(list, original);
        if (pagination) pagination.hidden = false;
        if (total) total.hidden = false;
        status.textContent = "";
        return;
      }
      load(function (data) {
        if (key !== current) return;
        var today = new Date();
        var found = data.offers.filter(function (offer) { return matches(offer, filter, today, facets); });
        list.replaceChildren.apply(list, found.map(function (offer) { return card(offer, data.labels); }));
        if (pagination) pagination.hidden = true;
        if (total) total.hidden = true;
        status.textContent = found.length ? format(form.dataset.results, found.length) : form.dataset.empty;
      });
    }

    function load(then) {
      if (index) return then(index);
      fetch(form.dataset.index).then(function (r) { return r.json(); }).then(function (data) { index = data; then(data); });
    }

    var params = new URLSearchParams(location.search);
    fields.forEach(function (f) {
      if (!params.has(f.name)) return;
      if (f.type === "checkbox") f.checked = params.get(f.name) === "1"; else f.value = params.get(f.name);
    });
    if (!original.length) form.setAttribute("data-always", "");
    var filter = read();
    foldFilters(form, function (field) { return (filter[field.name] || "") !== defaults[field.name]; });
    form.hidden = false;
    var timer;
    form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(show, 150); });
    form.addEventListener("change", show);
    form.addEventListener("submit", function (event) { event.preventDefault(); show(); });
    form.addEventListener("reset", function () { setTimeout(show, 0); });
    if (location.search || form.hasAttribute("data-always")) show();
    else showKindFilters(form, read().art);
  }

  // A kind's own filters show when the form looks for that kind or for every kind.
  function showKindFilters(form, kind) {
    Array.prototype.forEach.call(form.querySelectorAll(".kind-filters"), function (group) {
      group.classList.toggle("shown", !kind || group.dataset.kind === kind);
    });
  }

  // On a phone the filters beyond the search field would push the first result two screens down: they fold
  // behind a button, unless the address already sets one of them.
  function foldFilters(form, isSet) {
    var folded = form.querySelectorAll(":scope > .filter-row, :scope > .kind-filters");
    if (!folded.length || !form.dataset.more) return;
    var more = el("div", "filters-more");
    more.id = "filters-more";
    folded[0].parentNode.insertBefore(more, folded[0]);
    Array.prototype.forEach.call(folded, function (part) { more.appendChild(part); });
    var toggle = el("button", "filters-toggle", form.dataset.more);
    toggle.type = "button";
    toggle.setAttribute("aria-controls", more.id);
    more.parentNode.insertBefore(toggle, more);
    var active = Array.prototype.some.call(more.querySelectorAll("[name]"), isSet);
    var narrow = window.matchMedia("(max-width: 47.99rem)");
    function show(open) {
      more.hidden = !open;
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    }
    toggle.addEventListener("click", function () { show(more.hidden); });
    narrow.addEventListener("change", function () { show(!narrow.matches || active); });
    show(!narrow.matches || active);
  }

  function enhancePrint() {
    var button = document.querySelector(".print-button");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }

  // The header's language choice and menu are folded on phones (see the inline script after the header) and open
  // on wider screens; this keeps them so when the window changes width.
  function followScreenWidth() {
    var narrow = window.matchMedia("(max-width: 47.99rem)");
    narrow.addEventListener("change", function () {
      document.querySelectorAll(".site-header details").forEach(function (d) { d.open = !narrow.matches; });
    });
  }

  // The filter rules without the page around them, for tests/Browser (a fixed "today" and offers made up for the case).
  window.offerFilter = { matches: matches, startsWithin: startsWithin };

  document.addEventListener("DOMContentLoaded", function () {
    followScreenWidth();
    var form = document.querySelector("form.filters");
    if (form) enhanceFilters(form);
    var homeSearch = document.querySelector(".home-search");
    if (homeSearch) homeSearch.hidden = false;
    enhancePrint();
  });

  var root = document.documentElement;
  if ("serviceWorker" in navigator && root.dataset.serviceWorker) {
    navigator.serviceWorker.register(root.dataset.serviceWorker, { scope: root.dataset.scope }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      // Keep this language's main pages and search data for offline use.
      var urls = [location.pathname];
      document.querySelectorAll(".site-nav a, .site-name, .language-switcher .current-language").forEach(function (a) { if (a.href) urls.push(a.href); });
      var form = document.querySelector("form.filters");
      if (form) urls.push(form.dataset.index);
      if (registration.active) registration.active.postMessage({ cache: urls });
    }).catch(function () {});
  }
})();
