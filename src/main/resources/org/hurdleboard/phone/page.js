(function () {
  'use strict';
  // ES5 and XMLHttpRequest only: the page must work in a QR scanner's mini-browser and on old phones.
  var words = JSON.parse(document.getElementById('words').textContent);
  var lang = document.documentElement.lang;
  var base = location.pathname.replace(/\/+$/, '');
  var paper = null, mine = {}, sent = null, closed = false, lostServer = 0, busy = false;
  var statusKey = null, rows = {};

  function t(key, arg) {
    var text = (words[lang] || words.en)[key] || key;
    // the texts follow MessageFormat's rule: with a {0}, an apostrophe is written twice
    return arg === undefined ? text : text.replace(/''/g, "'").replace('{0}', arg);
  }
  function $(id) { return document.getElementById(id); }
  function node(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined) { n.appendChild(document.createTextNode(text)); }
    return n;
  }
  function setText(n, text) { while (n.firstChild) { n.removeChild(n.firstChild); } n.appendChild(document.createTextNode(text)); }
  function request(method, path, body, done) {
    var x = new XMLHttpRequest();
    x.open(method, base + path, true);
    x.timeout = 15000;
    if (body) { x.setRequestHeader('Content-Type', 'application/json'); }
    x.onreadystatechange = function () {
      if (x.readyState !== 4) { return; }
      var data = null;
      try { data = JSON.parse(x.responseText); } catch (e) { data = null; }
      done(x.status, data);
    };
    x.send(body ? JSON.stringify(body) : null);
  }

  function approval() { return paper.rule.kind === 'APPROVAL'; }
  function used() { var n = 0, k; for (k in mine) { if (mine.hasOwnProperty(k)) { n += mine[k]; } } return n; }
  function dotsOn(number) { return mine[number] || 0; }
  function same(a, b) {
    var k;
    if (!a || !b) { return false; }
    for (k in a) { if (a.hasOwnProperty(k) && (a[k] || 0) !== (b[k] || 0)) { return false; } }
    for (k in b) { if (b.hasOwnProperty(k) && (a[k] || 0) !== (b[k] || 0)) { return false; } }
    return true;
  }
  function copy(a) { var out = {}, k; for (k in a) { if (a.hasOwnProperty(k) && a[k] > 0) { out[k] = a[k]; } } return out; }
  function canAdd(number) {
    var cap = paper.rule.maxPerCard;
    return !closed && used() < paper.rule.dotsEach && (cap <= 0 || dotsOn(number) < cap);
  }
  function setDisabled(button, off) { button.setAttribute('aria-disabled', off ? 'true' : 'false'); }
  function isDisabled(button) { return button.getAttribute('aria-disabled') === 'true'; }

  function change(number, by) {
    var next = dotsOn(number) + by;
    if (closed || next < 0 || (by > 0 && !canAdd(number))) { return; }
    if (next === 0) { delete mine[number]; } else { mine[number] = next; }
    if (sent) { showStatus('changed', ''); }
    update();
  }
  function toggle(number) {
    if (closed) { return; }
    if (mine[number]) { delete mine[number]; } else { mine[number] = 1; }
    if (sent) { showStatus('changed', ''); }
    update();
  }

  function cardRow(card) {
    var li = node('li', 'card'), row = { li: li };
    if (approval()) {
      row.tick = node('button', 'tick');
      row.tick.type = 'button';
      row.box = node('span', 'box');
      row.box.setAttribute('aria-hidden', 'true');
      row.title = node('span', 'name');
      row.tick.appendChild(row.box);
      row.tick.appendChild(row.title);
      row.tick.onclick = function () { toggle(card.number); };
      li.appendChild(row.tick);
    } else {
      row.title = node('span', 'name');
      row.mineText = node('span', 'mine');
      row.steps = node('span', 'steps');
      row.minus = node('button', 'minus', '\u2212');
      row.plus = node('button', 'plus', '+');
      row.minus.type = 'button';
      row.plus.type = 'button';
      row.minus.onclick = function () { if (!isDisabled(row.minus)) { change(card.number, -1); } };
      row.plus.onclick = function () { if (!isDisabled(row.plus)) { change(card.number, 1); } };
      row.steps.appendChild(row.minus);
      row.steps.appendChild(row.plus);
      li.appendChild(row.title);
      li.appendChild(row.mineText);
      li.appendChild(row.steps);
    }
    li.setAttribute('data-card', card.number);
    rows[card.number] = { row: row, card: card };
    return li;
  }

  function render() {
    var cards = $('cards'), i, j, category, section, heading, list;
    setText(cards, '');
    cards.removeChild(cards.firstChild);
    rows = {};
    for (i = 0; i < paper.categories.length; i++) {
      category = paper.categories[i];
      section = node('section');
      heading = node('h2', null, category.name);
      heading.style.borderLeftColor = category.colour;
      heading.id = 'category-' + i;
      section.setAttribute('aria-labelledby', heading.id);
      list = node('ul');
      for (j = 0; j < category.cards.length; j++) { list.appendChild(cardRow(category.cards[j])); }
      section.appendChild(heading);
      section.appendChild(list);
      cards.appendChild(section);
    }
    words_();
    update();
  }

  function words_() {
    document.documentElement.lang = lang;
    setText($('question'), paper ? paper.question : t('title'));
    document.title = t('title') + (paper ? ': ' + paper.question : '');
    var other = lang === 'cy' ? 'en' : 'cy';
    $('language').setAttribute('lang', other);
    setText($('language'), t('switchLanguage'));
    setText($('send'), busy ? t('sending') : t('send'));
    if (paper) {
      setText($('hint'), approval() ? t('ticksHint')
        : paper.rule.maxPerCard > 0 ? t('dotsHint', paper.rule.maxPerCard) : t('dotsHintNoCap'));
    }
    if (statusKey) { setText($('status'), t(statusKey)); }
  }

  function update() {
    var n, r, left, title;
    if (!paper) { return; }
    for (n in rows) {
      if (!rows.hasOwnProperty(n)) { continue; }
      r = rows[n].row;
      title = rows[n].card.title;
      setText(r.title, '');
      r.title.removeChild(r.title.firstChild);
      r.title.appendChild(node('span', 'num', String(rows[n].card.number)));
      r.title.appendChild(document.createTextNode(title));
      if (approval()) {
        r.tick.setAttribute('aria-pressed', mine[n] ? 'true' : 'false');
        setText(r.box, mine[n] ? '\u2713' : '');
        setDisabled(r.tick, closed);
      } else {
        setText(r.mineText, t('yourDots', dotsOn(n)));
        r.plus.setAttribute('aria-label', t('add', title));
        r.minus.setAttribute('aria-label', t('remove', title));
        setDisabled(r.plus, !canAdd(n));
        setDisabled(r.minus, closed || dotsOn(n) === 0);
      }
    }
    if (approval()) {
      setText($('left'), t('ticked', used()));
    } else {
      left = paper.rule.dotsEach - used();
      setText($('left'), left === 1 ? t('dotsLeftOne') : t('dotsLeft', left));
    }
    $('send').disabled = closed || busy || same(mine, sent);
    fitBar();
  }

  function showStatus(key, tone) {
    statusKey = key;
    $('status').className = 'status' + (tone ? ' ' + tone : '');
    setText($('status'), key ? t(key) : '');
    fitBar();
  }

  // The Send bar stays on screen while the cards scroll, unless large text makes it cover too much
  // of a small screen: then it sits after the last card. Nothing it covers is out of reach.
  function fitBar() {
    var bar = $('bar'), room = document.documentElement, high = bar.offsetHeight;
    document.body.className = high > window.innerHeight * 0.3 ? 'inline-send' : '';
    var fixed = document.body.className === '';
    document.querySelector('main').style.paddingBottom = fixed ? (high + 16) + 'px' : '';
    room.style.scrollPaddingBottom = fixed ? (high + 16) + 'px' : '';
  }

  function closeVoting() {
    closed = true;
    showStatus('closed', 'bad');
    update();
  }

  function reopen() {
    closed = false;
    showStatus(sent ? 'stored' : null, sent ? 'good' : '');
    update();
  }

  function send() {
    if (closed || busy) { return; }
    busy = true;
    var ballot = copy(mine);
    setText($('send'), t('sending'));
    update();
    request('POST', '/cast', { dots: ballot }, function (status, data) {
      busy = false;
      var result = data && data.result;
      if (status === 200 && result === 'STORED') { sent = ballot; showStatus('stored', 'good'); }
      else if (status === 404 || result === 'CLOSED') { closeVoting(); }
      else if (result === 'FULL') { showStatus('full', 'bad'); }
      else if (result === 'NOT_ALLOWED') { showStatus('notAllowed', 'bad'); }
      else if (status === 429) { showStatus('tooMany', 'bad'); }
      else if (status === 0) { showStatus('offline', 'bad'); }
      else { showStatus('notSaved', 'bad'); }
      setText($('send'), t('send'));
      update();
    });
  }

  // The page learns that voting closed by asking every few seconds; an unreachable server twice
  // in a row (asked again after a second) means the facilitator closed it, and the page reopens
  // if it was only a Wi-Fi blip.
  function poll() {
    request('GET', '/state', null, function (status, data) {
      if (status === 200 && data) {
        lostServer = 0;
        if (!data.open && !closed) { closeVoting(); } else if (data.open && closed) { reopen(); }
      } else if (status === 0) {
        lostServer++;
        if (lostServer >= 2 && !closed) { closeVoting(); }
      } else if (status === 404 && !closed) {
        closeVoting();
      }
      setTimeout(poll, status === 0 ? 1000 : 3000);
    });
  }

  $('send').onclick = send;
  window.onresize = fitBar;
  $('language').onclick = function () {
    lang = lang === 'cy' ? 'en' : 'cy';
    words_();
    update();
  };

  request('GET', '/paper', null, function (status, data) {
    if (status !== 200 || !data || !data.open) { closeVoting(); setText($('cards'), t('closed')); poll(); return; }
    paper = data;
    mine = copy(data.mine || {});
    if (used() > 0) { sent = copy(mine); showStatus('stored', 'good'); }
    render();
    poll();
  });
}());
