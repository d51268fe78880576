#include "report/html_assets.hpp"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <array>
#include <stdexcept>

namespace quotecheck::html {

namespace {

constexpr std::string_view kStyle = R"css(
:root {
  --ink: #1d232b; --muted: #5b6570; --line: #d9dee3; --paper: #fff; --wash: #f5f6f8;
  --error: #c0262d; --error-wash: #fde8e8; --warning: #a85d00; --warning-wash: #fff1d6;
  --info: #2363b8; --info-wash: #e3eefc; --accent: #2d4a8a;
  --sp0: #1f77b4; --sp1: #c2410c; --sp2: #15803d; --sp3: #9333ea; --sp4: #b91c1c;
  --sp5: #0e7490; --sp6: #a16207; --sp7: #be185d; --sp8: #4d7c0f; --sp9: #4338ca;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--wash); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, summary:focus-visible {
  outline: 3px solid #f59e0b; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; z-index: 20; }
.skip:focus { left: 1rem; }
header.top { background: #17202b; color: #fff; padding: 1.25rem 1.5rem 1rem; }
header.top h1 { margin: 0; font-size: 1.45rem; font-weight: 650; letter-spacing: .01em; }
header.top p { margin: .25rem 0 0; color: #c8d0da; font-size: .9rem; }
.filters { position: sticky; top: 0; z-index: 10; background: var(--paper); border-bottom: 1px solid var(--line);
  box-shadow: 0 1px 3px rgba(0,0,0,.06); padding: .55rem 1.5rem; display: flex; flex-wrap: wrap;
  gap: .5rem 1.25rem; align-items: center; font-size: .9rem; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; }
.filters legend { float: left; font-weight: 600; margin-right: .4rem; }
.filters label { display: inline-flex; gap: .3rem; align-items: center; cursor: pointer; }
.filters select { font: inherit; padding: .2rem .3rem; max-width: 16rem; }
.filters output { color: var(--muted); margin-left: auto; }
main { max-width: 1180px; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; }
section.block, article.block { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 1.1rem 1.4rem; margin-bottom: 1.25rem; }
h2 { font-size: 1.2rem; margin: 0 0 .75rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(6.8rem, 1fr)); gap: .75rem; margin-bottom: 1rem; }
.stat { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; background: var(--wash); }
.stat b { display: block; font-size: 1.6rem; line-height: 1.1; font-variant-numeric: tabular-nums; }
.stat span { color: var(--muted); font-size: .85rem; }
.stat.error b { color: var(--error); } .stat.warning b { color: var(--warning); } .stat.info b { color: var(--info); }
.overview-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.25rem; }
.chart svg { width: 100%; height: auto; display: block; }
.chart { margin: 0 0 .75rem; }
.chart text { font: 11px system-ui, sans-serif; fill: var(--ink); }
.chart .bar-error { fill: var(--error); } .chart .bar-warning { fill: #e08a00; } .chart .bar-info { fill: var(--info); }
.chart .track { fill: var(--wash); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
code, .rule { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .5rem; font-size: .78rem; font-weight: 600;
  line-height: 1.5; white-space: nowrap; }
.badge.error { background: var(--error-wash); color: var(--error); }
.badge.warning { background: var(--warning-wash); color: var(--warning); }
.badge.info { background: var(--info-wash); color: var(--info); }
.none { color: var(--muted); font-style: italic; }
.notice { border-left: 4px solid var(--error); background: var(--error-wash); padding: .5rem .8rem; }
article.article header h2 { font-size: 1.3rem; margin-bottom: .2rem; font-family: Georgia, "Times New Roman", serif; }
.meta { color: var(--muted); font-size: .85rem; margin: 0 0 .75rem; }
.meta, .finding .where, .finding ul.related, .finding .msg { overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem .9rem; font-size: .85rem; margin: 0 0 .8rem; padding: 0; list-style: none; }
.legend li { display: inline-flex; align-items: center; gap: .35rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 3px; background: #9aa3ad; flex: none; }
.text { font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.75; }
.article-body { display: grid; grid-template-columns: minmax(0, 44rem) minmax(15rem, 1fr); gap: 1.75rem; align-items: start; }
.article-body h3:first-child { margin-top: 0; }
.text p { margin: 0 0 .9rem; }
.q { border-radius: 3px; padding: .08em 0; background: #eef0f3; box-shadow: inset 0 -2px 0 #9aa3ad; }
.q.scare { background: none; box-shadow: inset 0 -1px 0 #9aa3ad; }
.who { font-weight: 700; }
.cue { font-style: italic; text-decoration: underline dotted var(--muted); }
.src { border: 1px solid var(--accent); border-radius: 3px; padding: 0 .15em; background: #eef2fb; }
.src::before { content: "via "; font: 600 .62rem system-ui, sans-serif; color: var(--accent); vertical-align: .15em; }
.fx-error { text-decoration: underline wavy var(--error); text-decoration-skip-ink: none; text-underline-offset: 3px; }
.fx-warning { text-decoration: underline wavy #e08a00; text-decoration-skip-ink: none; text-underline-offset: 3px; }
.fx-info { text-decoration: underline dotted var(--info); text-underline-offset: 3px; }
)css"
                                    R"css(
.sp0 { --c: var(--sp0); } .sp1 { --c: var(--sp1); } .sp2 { --c: var(--sp2); } .sp3 { --c: var(--sp3); }
.sp4 { --c: var(--sp4); } .sp5 { --c: var(--sp5); } .sp6 { --c: var(--sp6); } .sp7 { --c: var(--sp7); }
.sp8 { --c: var(--sp8); } .sp9 { --c: var(--sp9); }
.q[class*=" sp"] { background: color-mix(in srgb, var(--c) 13%, white); box-shadow: inset 0 -2px 0 var(--c); }
.who[class*=" sp"] { color: var(--c); }
.swatch[class*=" sp"] { background: var(--c); }
.flag { position: relative; display: inline-block; min-width: 1.25rem; margin: 0 .12rem; padding: 0 .3rem;
  border-radius: 999px; font: 700 .7rem/1.35 system-ui, sans-serif; color: #fff; text-align: center;
  text-decoration: none; vertical-align: .3em; background: var(--info); }
.flag.error { background: var(--error); } .flag.warning { background: #d97f00; }
.flag .pop { display: none; position: absolute; left: 50%; top: 1.6rem; transform: translateX(-50%); z-index: 5;
  width: min(24rem, 80vw); background: var(--paper); color: var(--ink); border: 1px solid var(--line);
  border-radius: 6px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: .6rem .75rem; text-align: left;
  font: 400 .85rem/1.45 system-ui, sans-serif; white-space: normal; }
.flag:hover .pop, .flag:focus .pop { display: block; }
.pop b { display: block; margin-bottom: .2rem; }
.pop .rule { color: var(--muted); display: block; }
.pop .fix { display: block; margin-top: .35rem; }
ol.findings { padding-left: 0; list-style: none; margin: 0; }
li.finding { border: 1px solid var(--line); border-left: 4px solid var(--info); border-radius: 6px;
  padding: .55rem .8rem; margin-bottom: .5rem; background: var(--paper); scroll-margin-top: 4rem; }
li.finding.error { border-left-color: var(--error); } li.finding.warning { border-left-color: #e08a00; }
li.finding:target { box-shadow: 0 0 0 3px #f59e0b; }
.finding .head { display: flex; flex-wrap: wrap; gap: .4rem .7rem; align-items: baseline; }
.finding .num { font-weight: 700; color: var(--muted); }
.finding .msg { font-weight: 600; }
.finding .where { color: var(--muted); font-size: .85rem; }
.finding p { margin: .3rem 0 0; font-size: .9rem; }
.finding .fixline { color: #1d5a2e; }
.finding ul.related { margin: .3rem 0 0; padding-left: 1.1rem; font-size: .88rem; }
.passages { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .75rem; margin-top: .6rem; }
.passage { border: 1px solid var(--line); border-radius: 6px; padding: .55rem .75rem; background: var(--wash); }
.passage h4 { margin: 0 0 .25rem; font-size: .9rem; }
.passage blockquote { margin: .3rem 0 0; font-family: Georgia, serif; }
.hl { background: #fff3b0; box-shadow: inset 0 -2px 0 #e0b400; }
.diff { margin-top: .6rem; font-family: Georgia, serif; line-height: 1.7; }
.diff .removed { background: var(--error-wash); color: var(--error); text-decoration: line-through; }
.diff .added { background: #e2f5e6; color: #1d5a2e; }
.diff-label { font: 600 .8rem system-ui, sans-serif; color: var(--muted); display: block; }
[hidden] { display: none !important; }
.flag.filtered { display: none; }
footer { color: var(--muted); font-size: .8rem; text-align: center; padding: 1rem; }
@media (max-width: 760px) {
  body { font-size: 14px; }
  main { padding: .75rem; }
  section.block { padding: .8rem .9rem; }
  .overview-grid, .article-body { grid-template-columns: minmax(0, 1fr); }
  .filters { padding: .5rem .75rem; position: static; }
  .filters output { margin-left: 0; }
  .text { font-size: 1rem; }
  header.top { padding: 1rem .9rem; }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  .filters, .skip, .pop { display: none !important; }
  header.top { background: none; color: #000; padding: 0 0 .5rem; border-bottom: 2px solid #000; }
  header.top p { color: #333; }
  main { max-width: none; padding: 0; }
  section.block, article.block { border: 0; padding: 0; margin: 0 0 1rem; }
  .article-body { grid-template-columns: minmax(0, 1fr); }
  article.article { break-before: page; }
  li.finding, .passage, tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  [hidden] { display: revert !important; }
  .flag.filtered { display: inline-block; }
}
)css";

constexpr std::string_view kScript = R"js(
(function () {
  "use strict";
  var doc = document;
  var form = doc.getElementById("filters");
  if (!form) { return; }
  var status = doc.getElementById("filter-status");
  var severities = form.querySelectorAll("input[name=severity]");
  function chosenSeverities() {
    var chosen = {};
    severities.forEach(function (box) { if (box.checked) { chosen[box.value] = true; } });
    return chosen;
  }
  function apply() {
    var chosen = chosenSeverities();
    var rule = form.elements.rule.value;
    var article = form.elements.article.value;
    function matches(el) {
      return chosen[el.getAttribute("data-severity")] === true &&
        (rule === "" || el.getAttribute("data-rule") === rule) &&
        (article === "" || (" " + el.getAttribute("data-articles") + " ").indexOf(" " + article + " ") >= 0);
    }
    var shown = 0;
    var total = 0;
    doc.querySelectorAll("li.finding").forEach(function (el) {
      var visible = matches(el);
      el.hidden = !visible;
      if (el.closest("#cross") === null) {
        total += 1;
        if (visible) { shown += 1; }
      }
    });
    doc.querySelectorAll(".flag").forEach(function (el) { el.classList.toggle("filtered", !matches(el)); });
    doc.querySelectorAll("article.article").forEach(function (el) {
      el.hidden = article !== "" && el.getAttribute("data-article") !== article;
    });
    var cross = doc.getElementById("cross");
    if (cross) {
      cross.hidden = cross.querySelector("li.finding:not([hidden])") === null && cross.querySelector("li.finding") !== null;
    }
    if (status) { status.textContent = "Showing " + shown + " of " + total + " findings"; }
  }
  function fromQuery() {
    var params = new URLSearchParams(window.location.search);
    if (params.has("severity")) {
      var wanted = params.get("severity").split(",");
      severities.forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
    }
    ["rule", "article"].forEach(function (name) {
      if (!params.has(name)) { return; }
      var select = form.elements[name];
      var value = params.get(name);
      for (var i = 0; i < select.options.length; i += 1) {
        if (select.options[i].value === value) { select.value = value; }
      }
    });
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  doc.querySelectorAll("[data-filter-rule]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      form.elements.rule.value = link.getAttribute("data-filter-rule");
      apply();
      form.elements.rule.focus();
    });
  });
  doc.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && doc.activeElement && doc.activeElement.classList.contains("flag")) {
      doc.activeElement.blur();
    }
  });
  fromQuery();
  apply();
  // Marks that the script ran and the style sheet applied (a browser that blocked either
  // under the page's CSP leaves these unset; the browser test reads them).
  doc.documentElement.setAttribute("data-report-ready", "yes");
  doc.documentElement.setAttribute("data-report-styled", doc.styleSheets.length > 0 ? "yes" : "no");
}());
)js";

}  // namespace

std::string_view report_style() {
    return kStyle;
}
std::string_view report_script() {
    return kScript;
}

std::string csp_hash(std::string_view content) {
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
    unsigned int length = 0;
    if (EVP_Digest(content.data(), content.size(), digest.data(), &length, EVP_sha256(), nullptr) !=
        1)
        throw std::runtime_error("SHA-256 failed");
    std::array<unsigned char, 4 * ((SHA256_DIGEST_LENGTH + 2) / 3) + 1> base64{};
    const int written = EVP_EncodeBlock(base64.data(), digest.data(), static_cast<int>(length));
    return "'sha256-" +
           std::string(reinterpret_cast<const char*>(base64.data()), static_cast<size_t>(written)) +
           "'";
}

std::string content_security_policy() {
    return "default-src 'none'; style-src " + csp_hash(kStyle) + "; script-src " +
           csp_hash(kScript) + "; img-src data:; base-uri 'none'; form-action 'none'";
}

}  // namespace quotecheck::html
