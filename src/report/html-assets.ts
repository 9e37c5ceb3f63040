// The HTML report's inline style and script: no file to fetch, so the page works offline.

export const CSS = `
:root{--breaking:#b42318;--deprecation:#9a6700;--additive:#1a7f37;--accepted:#0969da;--rollback:#8250df;--line:#d0d7de;--muted:#57606a;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#fff}
body{margin:0 auto;max-width:70rem;padding:1.5rem;line-height:1.45}
h1{font-size:1.6rem;margin:0 0 .5rem}
#verdict{font-weight:600;font-size:1.1rem}
#verdict.failed{color:var(--breaking)}#verdict.passed{color:var(--additive)}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid var(--line);padding:.3rem .7rem;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td small{display:block;font-size:.75rem;color:var(--muted)}
td small.accepted{color:var(--accepted)}
.hint{font-size:.85rem;color:var(--muted);margin:.2rem 0}
.badge.rollback,strong.rollback{color:var(--rollback)}
p.rollback{margin:.3rem 0;font-size:.9rem;color:var(--rollback)}
:is(td,.badge,strong).breaking{color:var(--breaking)}:is(td,.badge,strong).deprecation{color:var(--deprecation)}:is(td,.badge,strong).additive{color:var(--additive)}
#filters{display:flex;gap:.5rem 1rem;flex-wrap:wrap;align-items:center;margin:1rem 0;position:sticky;top:0;z-index:1;background:#fff;padding:.5rem 0;border-bottom:1px solid var(--line)}
#filters [role=group]{display:flex;gap:.3rem;flex-wrap:wrap}
#filters button,#filters select,#filters input{font:inherit;border:1px solid var(--line);background:#f6f8fa;border-radius:.4rem;padding:.2rem .6rem}
#filters button{cursor:pointer}
#filters button[aria-pressed="true"]{background:#1f2328;color:#fff}
#filters input{background:#fff;width:16rem}
#filters select{max-width:22rem}
.count{display:inline-block;min-width:1.5ch;margin-left:.3rem;padding:0 .35rem;border-radius:1rem;background:rgba(127,127,127,.18);font-size:.8rem;font-variant-numeric:tabular-nums}
#shown{font-size:.9rem;color:var(--muted)}
.service>h2{font-size:1.3rem;margin:1.5rem 0 .2rem;border-bottom:1px solid var(--line)}
.service-verdict{margin:.2rem 0 .6rem;color:var(--muted)}
.edit{border:1px solid var(--line);border-left:.35rem solid var(--line);border-radius:.4rem;padding:.5rem 1rem;margin:.8rem 0}
/* A long report renders only the edits near the viewport: thousands of cards stay quick to filter. */
.edit{content-visibility:auto;contain-intrinsic-size:auto 16rem}
.edit.breaking{border-left-color:var(--breaking)}.edit.deprecation{border-left-color:var(--deprecation)}.edit.additive{border-left-color:var(--additive)}
.edit.accepted{border-left-color:var(--accepted);border-left-style:dashed}
.edit.accepted .badge.breaking{color:var(--muted)}
[hidden]{display:none!important}
.edit h3{font-size:1rem;margin:.2rem 0;font-weight:600}
.badge{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.03em;border:1px solid currentColor;border-radius:.3rem;padding:0 .35rem}
.badge.accepted{color:var(--accepted)}
.rule{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85rem;color:var(--muted);text-decoration:none}
.rule:hover{text-decoration:underline}
#rules{margin-top:2rem;border-top:1px solid var(--line)}
#rules h2{font-size:1.3rem}
#rules dt{font-weight:600;margin-top:.8rem}
#rules dd{margin:0 0 0 1.2rem}
#rules dd p{margin:.2rem 0}
.id{font-size:.75rem;color:#8c959f;text-decoration:none;float:right}
.message{margin:.3rem 0}
.ops{margin:.3rem 0;font-size:.9rem}
.ops summary{cursor:pointer}
.ops ul{margin:.3rem 0;padding-left:1.2rem}
.ops li{overflow-wrap:anywhere}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85em}
.acceptance{color:var(--accepted);margin:.3rem 0}
.acceptance.expired{color:var(--breaking)}
.sunset{color:var(--deprecation);margin:.3rem 0;font-weight:600}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
.side{margin:0;min-width:0}
figcaption{font-size:.85rem;color:var(--muted)}
pre{background:#f6f8fa;border:1px solid var(--line);border-radius:.3rem;padding:.4rem 0;overflow-x:auto;font-size:.8rem;margin:.2rem 0}
pre span{display:block;padding:0 .5rem;white-space:pre}
pre .hit{background:#fff8c5;font-weight:600}
pre .cut,pre .ln{display:inline;padding:0}
.cut{color:#8c959f}
pre .ln{display:inline-block;width:4.5ch;color:#8c959f;text-align:right;margin-right:1ch;user-select:none}
@media (max-width:50rem){.sides{grid-template-columns:1fr}}
@media print{
#filters,.id{display:none}
body{max-width:none;padding:0;font-size:10pt}
.edit{break-inside:avoid;content-visibility:visible}
pre{white-space:pre-wrap;overflow:visible}
pre span{white-space:pre-wrap}
a{color:inherit;text-decoration:none}
.badge,td,.edit{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

// Plain ES5-style script so any browser opening the file offline runs it. Each filter's counts are
// what choosing that value would show, given the other filters and the search (facet counts).
export const SCRIPT = `
(function(){
var nav=document.getElementById('filters');
if(!nav)return;
var dims=['class','service','rule','rollback'];
var state={'class':'all',service:'all',rule:'all',rollback:'all'};
var terms=[];
var buttons=nav.querySelectorAll('button');
var select=document.getElementById('rule');
var search=document.getElementById('search');
var shown=document.getElementById('shown');
var none=document.getElementById('none');
var sections=document.querySelectorAll('section.service');
var articles=document.querySelectorAll('article.edit');
var items=[];
// Counts are written as the page first shows them: thousands grouped.
function group(n){return n.toLocaleString('en-US');}
for(var i=0;i<articles.length;i++){
  var a=articles[i];
  items.push({el:a,'class':a.getAttribute('data-class'),service:a.getAttribute('data-service'),rule:a.getAttribute('data-rule'),rollback:a.getAttribute('data-rollback'),text:null,hidden:false});
}
// The searchable text of an edit: its heading, message, operations, notes and locations, not the quoted source.
function textOf(item){
  if(item.text===null){
    var parts=item.el.querySelectorAll('.q');
    var s='';
    for(var j=0;j<parts.length;j++)s+=parts[j].textContent+'\\n';
    item.text=s.toLowerCase();
  }
  return item.text;
}
function found(item){
  if(terms.length===0)return true;
  var text=textOf(item);
  for(var j=0;j<terms.length;j++)if(text.indexOf(terms[j])===-1)return false;
  return true;
}
function bump(counts,key){counts[key]=(counts[key]||0)+1;counts.all=(counts.all||0)+1;}
function apply(){
  var counts={'class':{},service:{},rule:{},rollback:{}};
  var total=0;
  for(var k=0;k<items.length;k++){
    var it=items[k];
    var t=found(it);
    // A filter's count holds the edits every other filter lets through: count on all filters
    // when none stops the edit, on the one that does when only one does.
    var stops=0,stop=null;
    for(var d=0;d<dims.length;d++){
      var dim=dims[d];
      if(state[dim]!=='all'&&it[dim]!==state[dim]){stops++;stop=dim;}
    }
    if(t&&stops===0)for(var e=0;e<dims.length;e++)bump(counts[dims[e]],it[dims[e]]);
    if(t&&stops===1)bump(counts[stop],it[stop]);
    var hide=!(t&&stops===0);
    if(hide!==it.hidden){it.el.hidden=hide;it.hidden=hide;}
    if(!hide)total++;
  }
  for(var b=0;b<buttons.length;b++){
    var btn=buttons[b];
    var kind=btn.getAttribute('data-filter');
    var value=btn.getAttribute('data-value');
    btn.setAttribute('aria-pressed',String(state[kind]===value));
    btn.querySelector('.count').textContent=group(counts[kind][value]||0);
  }
  for(var o=0;o<select.options.length;o++){
    var opt=select.options[o];
    var label=opt.value==='all'?'All rules':opt.value;
    opt.textContent=label+' ('+group(counts.rule[opt.value]||0)+')';
  }
  for(var m=0;m<sections.length;m++){
    var sec=sections[m];
    sec.hidden=sec.querySelector('article.edit:not([hidden])')===null;
  }
  shown.textContent=group(total)+' of '+group(items.length)+' edits';
  none.hidden=total>0;
}
for(var n=0;n<buttons.length;n++){
  buttons[n].addEventListener('click',function(e){
    var btn=e.currentTarget;
    state[btn.getAttribute('data-filter')]=btn.getAttribute('data-value');
    apply();
  });
}
select.addEventListener('change',function(){state.rule=select.value;apply();});
var timer=null;
search.addEventListener('input',function(){
  clearTimeout(timer);
  timer=setTimeout(function(){
    terms=search.value.toLowerCase().split(/\\s+/).filter(function(w){return w!=='';});
    apply();
  },items.length>2000?150:0);
});
})();
`;
