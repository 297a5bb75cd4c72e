(function(){
"use strict";
var ST = {ONT:["Сари вақт","_q1"],DLY:["Таъхир","_q2"],BRD:["Савор шудан","_q3"],DEP:["Парид","_q4"],CNL:["Бекор шуд","_q5"],LND:["Нишаст","_q4"]};
function h(tag, cls, kids){ var e = document.createElement(tag); if (cls) e.className = cls;
  (kids || []).forEach(function(k){ if (k == null) return; e.appendChild(typeof k === "string" ? document.createTextNode(k) : k); }); return e; }
function hm(iso, tz){ var d = new Date(Date.parse(iso) + tz * 3600000); function p(n){ return (n < 10 ? "0" : "") + n; }
  return p(d.getUTCHours()) + ":" + p(d.getUTCMinutes()); }
var state = { dir: "D", data: null };
function render(){
  var root = document.getElementById("root"), d = state.data; root.textContent = "";
  var tabs = h("div", "_t7", [
    h("button", "_t8" + (state.dir === "D" ? " _on" : ""), ["Парвозҳо"]),
    h("button", "_t8" + (state.dir === "A" ? " _on" : ""), ["Фурудҳо"])]);
  tabs.children[0].onclick = function(){ state.dir = "D"; render(); };
  tabs.children[1].onclick = function(){ state.dir = "A"; render(); };
  root.appendChild(tabs);
  var head = h("div", "_r1 _hd", [h("div", "_c1", ["Вақт"]), h("div", "_c2", ["Рейс"]), h("div", "_c3", [state.dir === "D" ? "Ба" : "Аз"]), h("div", "_c4", ["Ширкати ҳавопаймоӣ"]), h("div", "_c5", ["Ҳолат"])]);
  var list = h("div", "_l0", [head]);
  d.flights.filter(function(f){ return f.dir === state.dir; })
   .sort(function(a, b){ return Date.parse(a.t) - Date.parse(b.t); })
   .forEach(function(f){
     var s = ST[f.st];
     var when = h("div", "_c1", [h("span", "_x1", [hm(f.t, d.tz)])]);
     if (f.et) when.appendChild(h("span", "_x2", [hm(f.et, d.tz)]));
     list.appendChild(h("div", "_r1", [
       when,
       h("div", "_c2", [f.no.replace(/^([A-Z0-9]{2})/, "$1 ")]),
       h("div", "_c3", [d.airports[f.ap], " ", h("small", "_k9", [f.ap])]),
       h("div", "_c4", [d.airlines[f.al]]),
       h("div", "_c5", [h("span", "_pl " + s[1], [s[0]])])]));
   });
  root.appendChild(list);
  var u = new Date(Date.parse(d.updated) + d.tz * 3600000);
  root.appendChild(h("p", "_ft", ["Навсозӣ: " + hm(d.updated, d.tz) + ", " + u.getUTCDate() + ".0" + (u.getUTCMonth() + 1) + "." + u.getUTCFullYear() + " · Вақти маҳаллӣ (Душанбе)"]));
}
fetch("api/parvozho.json").then(function(r){ return r.json(); }).then(function(d){ state.data = d; render(); });
})();
