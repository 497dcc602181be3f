// catalog-chat's web page: plain JavaScript, no build step, nothing loaded from elsewhere.
//
// Safety rule: catalog text and user text only ever reach the page as text (textContent, Node.append with
// strings). The one exception is the answer HTML the server renders with commonmark (HTML escaped, URLs
// sanitised); even that is parsed into an inert <template> and copied over through an allow-list of tags,
// keeping only http(s) links.
'use strict';

(() => {
  const STREAM_URL = '/api/ask/stream';
  const DATASETS_URL = '/api/datasets';
  const FEEDBACK_URL = '/api/feedback';
  // A list answer with more sources than this shows them folded ("33 sources"): the list already names them.
  const SOURCES_SHOWN_OPEN = 5;
  // The dataset list retries on its own after these pauses (ms), then waits for the retry button.
  const LIST_RETRIES = [1000, 2000, 4000, 8000, 15000];
  const CONVERSATION_KEY = 'catalog-chat.conversationId';
  const TURNS_KEY = 'catalog-chat.turns';
  const MAX_KEPT_TURNS = 30;
  // What each request carries of the conversation, so that any server (restarted, another replica) can
  // resolve a follow-up; the server's own memory is only a cache. Within the API's bounds (20 turns, 100 ids).
  const HISTORY_TURNS = 10;
  const HISTORY_SOURCES = 20;

  const EXAMPLES = {
    en: ['Who released MedTrinity-25M?', 'Which medical datasets are there?', 'Compare LAION-5B and TaiSu'],
    zh: ['有哪些遥感数据集？', '最新发布的数据集是哪个？', '太素是谁发布的？'],
  };

  const uiLang = (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const TEXT = {
    en: {
      you: 'You asked', answer: 'Answer', thinking: 'Thinking…', sources: 'Sources', didYouMean: 'Did you mean',
      released: 'Released', publishers: 'Publishers', datasetPage: 'Dataset page', noLink: 'no valid link',
      copy: 'Copy answer', copied: 'Copied', copyFailed: 'Copy failed', retry: 'Try again',
      askAbout: (name) => `Tell me about ${name}`,
      dropped: 'The connection dropped before the answer was complete. Check that the server is running, then try again.',
      network: 'Could not reach the server. Check that it is running, then try again.',
      failed: 'The server could not answer', unauthorized: 'Your session has expired: reload the page.',
      rateLimited: (s) => `Too many questions at once: wait ${s} s and try again.`,
      busy: 'Wait for the current answer to finish.', empty: 'Type a question first.',
      answered: 'Answer ready.', datasetsFailed: 'Could not load the dataset list',
      count: (n) => `${n} dataset${n === 1 ? '' : 's'}`, none: 'No dataset matches these filters.',
      hide: 'Hide list', show: 'Show list', ms: 'ms',
      stop: 'Stop', stopped: 'Stopped: the answer above is incomplete.', jump: 'Jump to latest answer',
      nSources: (n) => `${n} sources`, retryList: 'Retry', retrying: (s) => `retrying in ${s} s…`,
      copyLink: 'Copy link', linkCopied: 'Link copied',
      helpful: 'Helpful', notHelpful: 'Not helpful', comment: 'What was wrong or missing? (optional)',
      sendFeedback: 'Send feedback', thanks: 'Thanks: your feedback was saved.',
      feedbackFailed: 'Feedback could not be sent.',
      compare: 'Comparison', name: 'Dataset', size: 'Size',
      by: {
        grounded: 'Answered from the catalog entries',
        llm: 'Written by the language model from the catalog entries, and checked against them',
        'grounded-fallback': 'Answered from the catalog entries (the language model’s draft did not pass the check)',
        history: 'Answered from the catalog entries',
      },
    },
    zh: {
      you: '你的问题', answer: '回答', thinking: '思考中…', sources: '来源', didYouMean: '你是否在找',
      released: '发布时间', publishers: '发布机构', datasetPage: '数据集页面', noLink: '没有有效链接',
      copy: '复制回答', copied: '已复制', copyFailed: '复制失败', retry: '重试',
      askAbout: (name) => `介绍一下 ${name}`,
      dropped: '回答尚未完成，连接就中断了。请确认服务器正在运行，然后重试。',
      network: '无法连接服务器。请确认服务器正在运行，然后重试。',
      failed: '服务器无法回答', unauthorized: '会话已过期：请刷新页面。',
      rateLimited: (s) => `提问太频繁：请等待 ${s} 秒后重试。`,
      busy: '请等当前回答完成。', empty: '请先输入问题。',
      answered: '回答已生成。', datasetsFailed: '无法加载数据集列表',
      count: (n) => `共 ${n} 个数据集`, none: '没有符合筛选条件的数据集。',
      hide: '收起列表', show: '展开列表', ms: '毫秒',
      stop: '停止', stopped: '已停止：上面的回答不完整。', jump: '跳到最新回答',
      nSources: (n) => `${n} 个来源`, retryList: '重试', retrying: (s) => `${s} 秒后重试…`,
      copyLink: '复制链接', linkCopied: '链接已复制',
      helpful: '有帮助', notHelpful: '没有帮助', comment: '哪里不对或缺了什么？（可选）',
      sendFeedback: '提交反馈', thanks: '谢谢，反馈已保存。',
      feedbackFailed: '反馈未能发送。',
      compare: '对比', name: '数据集', size: '规模',
      by: {
        grounded: '根据目录条目回答',
        llm: '由语言模型根据目录条目撰写，并已与条目核对',
        'grounded-fallback': '根据目录条目回答（语言模型的草稿未通过核对）',
        history: '根据目录条目回答',
      },
    },
  };
  const t = TEXT[uiLang];

  const $ = (id) => document.getElementById(id);
  const els = {
    log: $('log'), welcome: $('welcome'), form: $('ask-form'), question: $('question'), send: $('send'),
    status: $('status'), announcer: $('announcer'), newChat: $('new-chat'), stop: $('stop'), jump: $('jump-latest'),
    examplesEn: $('examples-en'), examplesZh: $('examples-zh'),
    filters: $('filters'), filterQ: $('filter-q'), filterYear: $('filter-year'),
    filterPublisher: $('filter-publisher'), filterTopic: $('filter-topic'),
    datasetList: $('dataset-list'), datasetCount: $('dataset-count'),
    browseToggle: $('browse-toggle'), browseBody: $('browse-body'),
  };

  // ---------------------------------------------------------------- DOM helpers (text only)

  /** An element with attributes; string children become text nodes, never markup. */
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  }

  /** The URL when it is an absolute http(s) URL, else null: javascript:, data: and the like never become links. */
  function safeHref(url) {
    if (typeof url !== 'string' || url.trim() === '') return null;
    try {
      const parsed = new URL(url.trim());
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  /** A link that opens in a new tab, or plain text when the URL is not http(s). */
  function externalLink(url, text, className) {
    const href = safeHref(url);
    if (!href) return h('span', { class: className ? className + ' no-link' : 'no-link' }, text);
    return h('a', { href, class: className, target: '_blank', rel: 'noopener noreferrer' }, text);
  }

  const KEEP_TAGS = new Set(['P', 'STRONG', 'EM', 'B', 'I', 'CODE', 'PRE', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'BR',
    'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DEL', 'S', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'A', 'SPAN']);
  const DROP_TAGS = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'MATH',
    'LINK', 'META', 'BASE', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT']);

  /** Server-rendered answer HTML, parsed inert and copied through the allow-list. */
  function answerFragment(html) {
    const out = document.createDocumentFragment();
    copyAllowed(parseInert(html), out);
    return out;
  }

  /** The one place markup is parsed: into a template, whose content is inert (nothing in it runs or loads). */
  function parseInert(html) {
    const template = document.createElement('template');
    template.innerHTML = String(html || '');
    return template.content;
  }

  function copyAllowed(from, to) {
    for (const node of Array.from(from.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.append(node.textContent);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const tag = node.tagName.toUpperCase();
        if (DROP_TAGS.has(tag)) continue;
        if (tag === 'IMG') {
          if (node.getAttribute('alt')) to.append(node.getAttribute('alt'));
          continue;
        }
        if (!KEEP_TAGS.has(tag)) {
          copyAllowed(node, to);
          continue;
        }
        let copy;
        if (tag === 'A') {
          const href = safeHref(node.getAttribute('href'));
          copy = href
            ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' })
            : h('span', { class: 'no-link' });
        } else {
          copy = document.createElement(tag.toLowerCase());
          if (tag === 'OL' && /^\d{1,6}$/.test(node.getAttribute('start') || '')) {
            copy.setAttribute('start', node.getAttribute('start'));
          }
        }
        copyAllowed(node, copy);
        to.append(copy);
      }
    }
  }

  function announce(text) {
    els.announcer.textContent = '';
    // A fresh text node after a tick, so screen readers announce the same words twice in a row too.
    window.setTimeout(() => { els.announcer.textContent = text; }, 50);
  }

  function setStatus(text) {
    els.status.textContent = text || '';
  }

  // ---------------------------------------------------------------- conversation state (per tab)

  const memory = { conversationId: null, turns: [] };

  function storageGet(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function storageSet(key, value) {
    try {
      if (value === null) window.sessionStorage.removeItem(key);
      else window.sessionStorage.setItem(key, value);
    } catch (e) {
      // storage full or disabled: the in-memory copy still serves this page
    }
  }

  function conversationId() {
    return storageGet(CONVERSATION_KEY) || memory.conversationId;
  }

  function rememberConversation(id) {
    if (typeof id !== 'string' || !/^[A-Za-z0-9_.:-]{1,100}$/.test(id)) return;
    memory.conversationId = id;
    storageSet(CONVERSATION_KEY, id);
  }

  function rememberTurn(question, answer) {
    memory.turns.push({ question, answer });
    while (memory.turns.length > MAX_KEPT_TURNS) memory.turns.shift();
    storageSet(TURNS_KEY, JSON.stringify(memory.turns));
  }

  /** The earlier turns as the API's {@code history}: each question with the ids its answer cited. */
  function historyForRequest() {
    return memory.turns.slice(-HISTORY_TURNS).map((turn) => ({
      question: String(turn.question).slice(0, 2000),
      sources: (Array.isArray(turn.answer && turn.answer.sources) ? turn.answer.sources : [])
        .map((s) => s && s.id).filter((id) => typeof id === 'string' && id !== '').slice(0, HISTORY_SOURCES),
    }));
  }

  function forgetConversation() {
    memory.conversationId = null;
    memory.turns = [];
    storageSet(CONVERSATION_KEY, null);
    storageSet(TURNS_KEY, null);
  }

  // ---------------------------------------------------------------- rendering a turn

  // ---------------------------------------------------------------- keeping the latest answer in view
  //
  // When a question is sent its turn is scrolled to the top of the window (the latest turn is given a
  // minimum height, so there is room below it even when the page is short). While it streams the view
  // follows it, until the user scrolls themselves; a "Jump to latest answer" button then brings it back.

  const view = { follow: false, latest: null };

  function stillMotion() {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  function visibleBottom() {
    return Math.min(window.innerHeight, els.form.getBoundingClientRect().top);
  }

  /** The latest turn gets the window's height (less the question box), so its top can reach the top. */
  function makeRoomFor(article) {
    for (const old of els.log.querySelectorAll('.turn.latest')) {
      old.classList.remove('latest');
      old.style.minHeight = '';
    }
    article.classList.add('latest');
    const room = window.innerHeight - els.form.offsetHeight - 24;
    article.style.minHeight = Math.max(0, room) + 'px';
  }

  function scrollToTurn(article, smooth) {
    article.scrollIntoView({ block: 'start', behavior: smooth && !stillMotion() ? 'smooth' : 'auto' });
  }

  /** While following: keep the streaming answer's end in view, but never push its top out of the window. */
  function followLatest() {
    const article = view.latest;
    if (!view.follow || !article) return;
    const r = article.getBoundingClientRect();
    const content = article.querySelector('.answer').getBoundingClientRect();
    const overflow = content.bottom - visibleBottom() + 8;
    const room = r.top - 8; // how far the turn's top may still move up
    if (r.top < 0 || r.top > visibleBottom()) {
      scrollToTurn(article, false);
    } else if (overflow > 0 && room > 0) {
      window.scrollBy(0, Math.min(overflow, room));
    }
    updateJump();
  }

  function updateJump() {
    const article = view.latest;
    let away = false;
    if (article && article.isConnected) {
      const r = article.getBoundingClientRect();
      const content = article.querySelector('.answer').getBoundingClientRect();
      // Away: the latest turn's top is below the visible part, or the whole answer is above it.
      away = r.top > visibleBottom() - 40 || content.bottom < 40;
    }
    els.jump.hidden = !away;
  }

  function userScrolled() {
    view.follow = false;
  }

  window.addEventListener('wheel', userScrolled, { passive: true });
  window.addEventListener('touchmove', userScrolled, { passive: true });
  window.addEventListener('keydown', (e) => {
    if (['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' '].includes(e.key)
        && !(e.target instanceof HTMLTextAreaElement) && !(e.target instanceof HTMLInputElement)) userScrolled();
  });
  let jumpFrame = 0;
  window.addEventListener('scroll', () => {
    if (jumpFrame) return;
    jumpFrame = window.requestAnimationFrame(() => { jumpFrame = 0; updateJump(); });
  }, { passive: true });
  window.addEventListener('resize', () => { if (view.latest) makeRoomFor(view.latest); updateJump(); });

  function newTurn(question, replacing) {
    const answerBody = h('div', { class: 'answer-body' });
    const thinking = h('p', { class: 'thinking' }, h('span', { class: 'dots', 'aria-hidden': 'true' }), t.thinking);
    const answer = h('div', { class: 'answer' }, h('h3', { class: 'visually-hidden' }, t.answer), thinking, answerBody);
    const article = h('article', { class: 'turn', 'data-state': 'thinking', 'aria-busy': 'true' },
      h('div', { class: 'question-bubble' },
        h('span', { class: 'visually-hidden' }, t.you + ': '),
        h('p', { class: 'question-text' }, question)),
      answer);
    if (replacing && replacing.isConnected) replacing.replaceWith(article);
    else els.log.append(article);
    return { article, answer, answerBody, thinking, question, raw: null, streamed: '', deltas: 0, blocksHtml: '', blocksUpTo: 0 };
  }

  /** A new question's turn: made the latest, scrolled to the top of the window, and followed. */
  function showNewTurn(turn) {
    view.latest = turn.article;
    view.follow = true;
    makeRoomFor(turn.article);
    scrollToTurn(turn.article, true);
    updateJump();
  }

  function ensureRaw(turn) {
    if (turn.raw) return;
    turn.thinking.remove();
    turn.rendered = h('div', { class: 'rendered' });
    turn.raw = h('div', { class: 'raw' });
    turn.answerBody.append(turn.rendered, turn.raw);
    turn.article.dataset.state = 'streaming';
  }

  /**
   * While streaming, the completed Markdown blocks show formatted (the server renders them with the same
   * commonmark as the final answer, and they pass the same allow-list); the block still being written shows
   * as plain text after them.
   */
  function showStreamed(turn) {
    turn.raw.textContent = turn.streamed.slice(turn.blocksUpTo);
    followLatest();
  }

  function onDelta(turn, text) {
    if (typeof text !== 'string' || text === '') return;
    ensureRaw(turn);
    turn.streamed += text;
    turn.deltas += 1;
    turn.article.dataset.deltas = String(turn.deltas);
    showStreamed(turn);
  }

  function onBlocks(turn, data) {
    if (!data || typeof data.html !== 'string' || typeof data.upTo !== 'number') return;
    ensureRaw(turn);
    turn.blocksHtml = data.html;
    turn.blocksUpTo = Math.max(0, Math.min(data.upTo, turn.streamed.length));
    turn.rendered.replaceChildren(answerFragment(data.html));
    turn.article.dataset.blocks = String(turn.rendered.children.length);
    showStreamed(turn);
  }

  /** The final answer differs from what streamed (an LLM draft that failed its check, say): show the final. */
  function onReplace(turn, data) {
    if (!data || typeof data.answer !== 'string') return;
    ensureRaw(turn);
    turn.streamed = data.answer;
    turn.blocksUpTo = 0;
    turn.rendered.replaceChildren(answerFragment(data.answerHtml));
    turn.raw.textContent = '';
    turn.article.dataset.replaced = 'true';
  }

  let turnCounter = 0;

  function renderDone(turn, data) {
    turn.thinking.remove();
    turn.answerBody.replaceChildren(answerFragment(data.answerHtml));
    turn.answerBody.lang = data.language === 'zh' ? 'zh' : 'en';
    const lang = data.language === 'zh' ? TEXT.zh : TEXT.en;
    const key = `t${++turnCounter}`;

    const sources = Array.isArray(data.sources) ? data.sources : [];
    if (sources.length > 0) {
      dropTrailingSourceList(turn.answerBody);
      if (data.intent === 'compare' && sources.length >= 2) turn.answerBody.append(comparisonTable(sources, lang));
      const list = h('ol', { class: 'source-cards' });
      sources.forEach((s, i) => list.append(sourceCard(s, i + 1, lang, `${key}-src-${i + 1}`)));
      let box;
      if (sources.length > SOURCES_SHOWN_OPEN) {
        box = h('details', { class: 'sources' }, h('summary', {}, lang.nSources(sources.length)), list);
      } else {
        box = h('div', { class: 'sources' }, h('h3', {}, lang.sources), list);
      }
      turn.answer.append(box);
      linkCitations(turn.answerBody, sources, key, lang);
    }

    const suggestions = Array.isArray(data.suggestions) ? data.suggestions : [];
    if (suggestions.length > 0) {
      const list = h('ul', { class: 'suggestion-list' });
      for (const s of suggestions) {
        const name = String(s.name || '');
        const ask = h('button', { type: 'button', class: 'suggestion' }, name);
        ask.addEventListener('click', () => askQuestion(lang.askAbout(name)));
        list.append(h('li', {}, ask, ' ', h('span', { class: 'muted' }, String(s.released || '')), ' ',
          externalLink(s.url, lang.datasetPage + ' ↗', 'suggestion-link')));
      }
      turn.answer.append(h('div', { class: 'suggestions' },
        h('h3', {}, lang.didYouMean), list));
    }

    const copy = h('button', { type: 'button', class: 'secondary small copy' }, t.copy);
    copy.addEventListener('click', () => copyText(String(data.answer || ''), copy, t.copy, t.copied));
    const link = h('button', { type: 'button', class: 'secondary small copy-link' }, t.copyLink);
    link.addEventListener('click', () => copyText(questionLink(turn.question), link, t.copyLink, t.linkCopied));
    const by = t.by[data.answeredBy] || t.by.grounded;
    const meta = h('span', { class: 'meta muted', title: `${by} · ${data.tookMs || 0} ${t.ms}` }, by);
    turn.answer.append(h('div', { class: 'answer-actions' }, copy, link, feedbackControls(turn, data), meta));

    turn.article.dataset.state = 'done';
    turn.article.setAttribute('aria-busy', 'false');
  }

  /** A link that opens this page with the question asked again (for sharing). */
  function questionLink(question) {
    const url = new URL('/', window.location.href);
    url.searchParams.set('q', question);
    return url.href;
  }

  /** Each "[n]" the answer text cites becomes a link to its card, with the card's gist as a preview. */
  function linkCitations(body, sources, key, lang) {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement.closest('a, code, pre') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes = [];
    while (walker.nextNode()) if (/\[\d{1,3}\]/.test(walker.currentNode.textContent)) nodes.push(walker.currentNode);
    for (const node of nodes) {
      const parts = node.textContent.split(/(\[\d{1,3}\])/);
      const out = document.createDocumentFragment();
      for (const part of parts) {
        const m = /^\[(\d{1,3})\]$/.exec(part);
        const n = m ? Number(m[1]) : 0;
        if (n < 1 || n > sources.length) {
          if (part) out.append(part);
          continue;
        }
        const s = sources[n - 1];
        const id = `${key}-src-${n}`;
        const tip = h('span', { class: 'cite-preview', role: 'tooltip', id: `${id}-tip` },
          h('strong', {}, String(s.name || s.id || '')), ` · ${String(s.released || '')}`,
          publishersOf(s, lang).length ? ` · ${publishersOf(s, lang).join(lang === TEXT.zh ? '、' : ', ')}` : '');
        const a = h('a', { href: `#${id}`, class: 'cite', 'aria-describedby': `${id}-tip` }, `[${n}]`, tip);
        a.addEventListener('click', (event) => {
          event.preventDefault();
          const card = document.getElementById(id);
          if (!card) return;
          const folded = card.closest('details');
          if (folded) folded.open = true;
          view.follow = false;
          card.scrollIntoView({ block: 'center', behavior: stillMotion() ? 'auto' : 'smooth' });
          card.focus({ preventScroll: true });
          card.classList.remove('flash');
          void card.offsetWidth; // restart the highlight
          card.classList.add('flash');
        });
        out.append(a);
      }
      node.replaceWith(out);
    }
  }

  /** Publishers in the answer's language: English names where the catalog's glossary knows them. */
  function publishersOf(s, lang) {
    const raw = Array.isArray(s.publishers) ? s.publishers.map(String) : [];
    const english = Array.isArray(s.publishersEnglish) ? s.publishersEnglish.map(String) : [];
    return lang === TEXT.en && english.length === raw.length ? english : raw;
  }

  /** A comparison answer gets a table of what is compared: name, date, publishers, size. */
  function comparisonTable(sources, lang) {
    const head = h('tr', {}, ...[lang.name, lang.released, lang.publishers, lang.size].map((c) => h('th', { scope: 'col' }, c)));
    const rows = sources.map((s) => h('tr', {},
      h('th', { scope: 'row' }, externalLink(s.url, String(s.name || s.id || ''))),
      h('td', {}, String(s.released || '')),
      h('td', {}, publishersOf(s, lang).join(lang === TEXT.zh ? '、' : ', ')),
      h('td', {}, String(s.size || '—'))));
    return h('div', { class: 'table-wrap' },
      h('table', { class: 'compare' }, h('caption', {}, lang.compare), h('thead', {}, head), h('tbody', {}, ...rows)));
  }

  /**
   * A thumb drawn inline (emoji fonts are not everywhere); upside down for "not helpful". Parsed from a constant
   * string in an inert template: the HTML parser puts <svg> in its namespace by itself.
   */
  function thumbIcon(down) {
    const svg = parseInert('<svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2"'
      + ' stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">'
      + '<path d="M7 10v11H4a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h3zm0 0 4-8a3 3 0 0 1 3 3v4h5a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 17.6 21H7"/></svg>')
      .firstElementChild;
    if (down) svg.setAttribute('transform', 'rotate(180)');
    return document.importNode(svg, true);
  }

  /** Thumbs up or down, then an optional comment; sent with the question, answer and sources. */
  function feedbackControls(turn, data) {
    const box = h('div', { class: 'feedback', role: 'group', 'aria-label': `${t.helpful} / ${t.notHelpful}` });
    const up = h('button', { type: 'button', class: 'secondary small thumb', 'aria-pressed': 'false', 'data-rating': 'up', title: t.helpful },
      thumbIcon(false), h('span', { class: 'visually-hidden' }, t.helpful));
    const down = h('button', { type: 'button', class: 'secondary small thumb', 'aria-pressed': 'false', 'data-rating': 'down', title: t.notHelpful },
      thumbIcon(true), h('span', { class: 'visually-hidden' }, t.notHelpful));
    const note = h('p', { class: 'feedback-note muted', role: 'status' });
    box.append(up, down, note);
    let form = null;
    const choose = (rating, button) => {
      for (const b of [up, down]) b.setAttribute('aria-pressed', String(b === button));
      if (form) form.remove();
      const fieldId = `${turn.article.id || ''}fb-${Math.random().toString(36).slice(2)}`;
      const area = h('textarea', { id: fieldId, class: 'feedback-comment', rows: '2', maxlength: '2000' });
      const send = h('button', { type: 'submit', class: 'secondary small' }, t.sendFeedback);
      form = h('form', { class: 'feedback-form' }, h('label', { for: fieldId }, t.comment), area, send);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        send.disabled = true;
        const ok = await sendFeedback(turn, data, rating, area.value);
        note.textContent = ok ? t.thanks : t.feedbackFailed;
        if (ok) {
          form.remove();
          form = null;
          turn.article.dataset.feedback = rating;
        } else {
          send.disabled = false;
        }
      });
      box.append(form);
      area.focus({ preventScroll: true });
      form.scrollIntoView({ block: 'nearest', behavior: 'auto' });
    };
    up.addEventListener('click', () => choose('up', up));
    down.addEventListener('click', () => choose('down', down));
    return box;
  }

  async function sendFeedback(turn, data, rating, comment) {
    const body = {
      rating, comment: String(comment || '').slice(0, 2000), question: turn.question,
      answer: String(data.answer || '').slice(0, 50000),
      sources: (Array.isArray(data.sources) ? data.sources : []).map((s) => s && s.id).filter((id) => typeof id === 'string').slice(0, 100),
    };
    const id = conversationId();
    if (id) body.conversationId = id;
    try {
      const res = await fetch(FEEDBACK_URL, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin',
      });
      return res.ok;
    } catch (e) {
      return false;
    }
  }

  /**
   * The answer text ends with its own "Sources" list ("**Sources**" then "[1] [name](url) — date" lines); the
   * citation cards below show the same, so that list is left out of the view (it stays in the copied text).
   * Anything not shaped exactly so is left alone.
   */
  function dropTrailingSourceList(body) {
    const blocks = Array.from(body.children);
    let i = blocks.length - 1;
    while (i > 0 && blocks[i].tagName === 'P' && /^\[\d+\]/.test(blocks[i].textContent.trim())) i -= 1;
    const heading = blocks[i];
    const isHeading = heading && i < blocks.length - 1 && heading.tagName === 'P' && heading.children.length === 1
      && heading.firstElementChild.tagName === 'STRONG' && /^(Sources|来源)$/.test(heading.textContent.trim());
    if (isHeading && i > 0) blocks.slice(i).forEach((b) => b.remove());
  }

  function sourceCard(s, n, lang, id) {
    const name = String(s.name || s.id || '');
    const publishers = publishersOf(s, lang);
    return h('li', { class: 'source-card', id, tabindex: '-1' },
      h('span', { class: 'source-number', 'aria-hidden': 'true' }, `[${n}]`),
      h('div', { class: 'source-main' },
        h('h4', { class: 'source-name' }, externalLink(s.url, name)),
        h('dl', { class: 'source-meta' },
          h('div', {}, h('dt', {}, lang.released), h('dd', {}, String(s.released || ''))),
          publishers.length ? h('div', {}, h('dt', {}, lang.publishers), h('dd', {}, publishers.join(lang === TEXT.zh ? '、' : ', '))) : null),
        safeHref(s.url)
          ? externalLink(s.url, `${lang.datasetPage} ↗`, 'source-link')
          : h('span', { class: 'source-link no-link' }, lang.noLink)));
  }

  function renderError(turn, message, retryQuestion) {
    turn.thinking.remove();
    const retry = h('button', { type: 'button', class: 'secondary small' }, t.retry);
    // "Try again" asks in place of the failed turn rather than adding one more.
    retry.addEventListener('click', () => askQuestion(retryQuestion, turn.article));
    turn.answer.append(h('div', { class: 'error', role: 'alert' }, h('p', {}, message), retry));
    turn.article.dataset.state = 'error';
    turn.article.setAttribute('aria-busy', 'false');
  }

  async function copyText(text, button, label, done) {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch (e) {
      const area = h('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
      area.value = text;
      document.body.append(area);
      area.select();
      try { ok = document.execCommand('copy'); } catch (e2) { ok = false; }
      area.remove();
      button.focus();
    }
    button.textContent = ok ? done : t.copyFailed;
    announce(ok ? done : t.copyFailed);
    window.setTimeout(() => { button.textContent = label; }, 2000);
  }

  // ---------------------------------------------------------------- asking (POST + Server-Sent Events)

  let current = null; // { controller } while an answer streams

  /** Splits an SSE byte stream (already text) into {event, data} records. */
  function sseParser(onEvent) {
    let buffer = '';
    return (chunk, end) => {
      buffer += chunk;
      buffer = buffer.replace(/\r\n|\r(?!$)/g, '\n');
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let event = 'message';
        const data = [];
        for (const line of block.split('\n')) {
          if (line === '' || line.startsWith(':')) continue; // comments are keep-alives
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          let value = colon < 0 ? '' : line.slice(colon + 1);
          if (value.startsWith(' ')) value = value.slice(1);
          if (field === 'event') event = value;
          else if (field === 'data') data.push(value);
        }
        if (data.length > 0) onEvent(event, data.join('\n'));
      }
      if (end) buffer = '';
    };
  }

  async function errorMessage(res) {
    if (res.status === 401) return t.unauthorized;
    if (res.status === 429) return t.rateLimited(res.headers.get('Retry-After') || '60');
    try {
      const body = await res.json();
      if (body && body.error && body.error.message) return `${t.failed}: ${body.error.message}`;
    } catch (e) {
      // not JSON: fall through
    }
    return `${t.failed} (HTTP ${res.status}).`;
  }

  /** Stop: abort the request (the server stops its work when the connection goes) and keep what was shown. */
  function stopAnswer() {
    if (!current) return;
    current.stopped = true;
    current.controller.abort();
  }

  function renderStopped(turn) {
    turn.thinking.remove();
    if (turn.raw) {
      // What streamed stays: completed blocks formatted, the rest as it arrived.
      turn.raw.textContent = turn.streamed.slice(turn.blocksUpTo);
    }
    turn.answer.append(h('p', { class: 'stopped-note' }, t.stopped));
    turn.article.dataset.state = 'stopped';
    turn.article.setAttribute('aria-busy', 'false');
  }

  async function askQuestion(text, replacing) {
    const question = String(text || '').trim();
    if (!question) {
      setStatus(t.empty);
      els.question.focus();
      return;
    }
    if (current) {
      setStatus(t.busy);
      return;
    }
    els.welcome.hidden = true;
    const turn = newTurn(question, replacing);
    showNewTurn(turn);
    const controller = new AbortController();
    current = { controller, stopped: false };
    const mine = current;
    els.send.disabled = true;
    els.stop.hidden = false;
    els.form.setAttribute('aria-busy', 'true');
    setStatus(t.thinking);

    let finished = false;
    try {
      const body = { question, history: historyForRequest() };
      const id = conversationId();
      if (id) body.conversationId = id;
      let res;
      try {
        res = await fetch(STREAM_URL, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
          body: JSON.stringify(body),
          signal: controller.signal,
          credentials: 'same-origin',
        });
      } catch (e) {
        if (!controller.signal.aborted) renderError(turn, t.network, question);
        finished = true;
        return;
      }
      if (!res.ok || !res.body) {
        renderError(turn, await errorMessage(res), question);
        finished = true;
        return;
      }
      const parse = sseParser((event, raw) => {
        let data;
        try {
          data = JSON.parse(raw);
        } catch (e) {
          return;
        }
        if (finished) return;
        if (event === 'delta') {
          onDelta(turn, data.text);
        } else if (event === 'blocks') {
          onBlocks(turn, data);
        } else if (event === 'replace') {
          onReplace(turn, data);
        } else if (event === 'done') {
          finished = true;
          rememberConversation(data.conversationId);
          renderDone(turn, data);
          rememberTurn(question, data);
          followLatest();
          announce(`${t.answered} ${turn.answerBody.textContent}`);
        } else if (event === 'error') {
          finished = true;
          const message = data && data.error && data.error.message ? `${t.failed}: ${data.error.message}` : t.failed;
          renderError(turn, message, question);
        }
      });
      const reader = res.body.getReader();
      const decoder = new TextDecoder('utf-8');
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) {
            parse(decoder.decode(), true);
            break;
          }
          parse(decoder.decode(value, { stream: true }), false);
        }
      } catch (e) {
        // the connection broke mid-answer: reported below unless the page itself aborted
      }
      if (!finished && !controller.signal.aborted) {
        finished = true;
        renderError(turn, t.dropped, question);
      }
    } finally {
      if (mine.stopped && turn.article.dataset.state !== 'done' && turn.article.dataset.state !== 'error') renderStopped(turn);
      if (current === mine) current = null;
      els.stop.hidden = true;
      if (document.activeElement === els.stop || document.activeElement === document.body) els.question.focus();
      els.send.disabled = false;
      els.form.removeAttribute('aria-busy');
      const state = turn.article.dataset.state;
      if (state === 'error') {
        setStatus('');
        announce(turn.answer.querySelector('.error p').textContent);
      } else {
        setStatus('');
      }
    }
  }

  // ---------------------------------------------------------------- question box

  function autoGrow() {
    const q = els.question;
    q.style.height = 'auto';
    if (q.value === '') return; // the CSS height; a long placeholder must not grow the box
    q.style.height = Math.min(q.scrollHeight + 2, 200) + 'px';
  }

  els.question.addEventListener('input', autoGrow);
  els.question.addEventListener('keydown', (event) => {
    // Enter sends; Shift+Enter is a new line; Enter that confirms an IME composition (pinyin) is neither.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    els.form.requestSubmit();
  });
  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = els.question.value;
    if (current) {
      setStatus(t.busy);
      return;
    }
    if (text.trim()) {
      els.question.value = '';
      autoGrow();
    }
    askQuestion(text);
  });

  els.stop.addEventListener('click', stopAnswer);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) stopAnswer();
  });
  els.jump.addEventListener('click', () => {
    if (!view.latest) return;
    view.follow = true;
    scrollToTurn(view.latest, true);
    els.jump.hidden = true;
  });

  els.newChat.addEventListener('click', () => {
    if (current) current.controller.abort();
    current = null;
    view.latest = null;
    els.jump.hidden = true;
    els.stop.hidden = true;
    forgetConversation();
    els.log.replaceChildren();
    els.welcome.hidden = false;
    els.send.disabled = false;
    setStatus('');
    els.question.value = '';
    autoGrow();
    els.question.focus();
  });

  function renderExamples() {
    for (const [lang, list] of [['en', els.examplesEn], ['zh', els.examplesZh]]) {
      for (const q of EXAMPLES[lang]) {
        const button = h('button', { type: 'button', class: 'example' }, q);
        button.addEventListener('click', () => {
          els.question.focus(); // the examples hide once a question is asked
          askQuestion(q);
        });
        list.append(h('li', {}, button));
      }
    }
  }

  function restoreTurns() {
    let saved = [];
    try {
      saved = JSON.parse(storageGet(TURNS_KEY) || '[]');
    } catch (e) {
      saved = [];
    }
    if (!Array.isArray(saved) || !conversationId()) return;
    for (const entry of saved.slice(-MAX_KEPT_TURNS)) {
      if (!entry || typeof entry.question !== 'string' || !entry.answer) continue;
      const turn = newTurn(entry.question);
      renderDone(turn, entry.answer);
      memory.turns.push(entry);
    }
    if (memory.turns.length > 0) els.welcome.hidden = true;
    const last = els.log.lastElementChild;
    if (last) {
      view.latest = last;
      makeRoomFor(last);
    }
  }

  // ---------------------------------------------------------------- dataset browser

  let browseRequest = 0;
  let filterTimer = null;
  let retryTimer = null;
  let filtersFilled = false;
  // The filters live in the page's address (?year=&topic=&publisher=&find=), so a filtered list can be shared.
  const FILTER_PARAMS = { year: 'year', topic: 'topic', publisher: 'publisher', find: 'q' };

  async function fetchDatasets(params) {
    const url = new URL(DATASETS_URL, window.location.href);
    for (const [k, v] of Object.entries(params || {})) if (v) url.searchParams.set(k, v);
    const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!res.ok) throw new Error(await errorMessage(res));
    return res.json();
  }

  /** Year, topic and publisher choices, as the server derives them from the catalog (with counts). */
  function fillFilters(all) {
    const years = [...new Set(all.datasets.map((d) => String(d.released || '').slice(0, 4)).filter((y) => /^\d{4}$/.test(y)))]
      .sort().reverse();
    for (const y of years) els.filterYear.append(h('option', { value: y }, y));

    for (const p of all.publishers || []) {
      const name = String(p.name || '');
      const english = String(p.english || name);
      const label = english !== name ? (uiLang === 'zh' ? `${name} · ${english}` : `${english} · ${name}`) : name;
      els.filterPublisher.append(h('option', { value: name }, `${label} (${Number(p.count) || 0})`));
    }

    for (const topic of all.topics || []) {
      const label = uiLang === 'zh' ? `${topic.chinese} · ${topic.english}` : `${topic.english} · ${topic.chinese}`;
      els.filterTopic.append(h('option', { value: topic.key }, `${label} (${Number(topic.count) || 0})`));
    }
    filtersFilled = true;
  }

  function renderDatasets(result) {
    const items = result.datasets.map((d) => {
      const name = String(d.name || '');
      const publishers = uiLang === 'en' && Array.isArray(d.publishersEnglish) ? d.publishersEnglish : (d.publishers || []);
      const button = h('button', { type: 'button', class: 'dataset-item' },
        h('span', { class: 'dataset-name' }, name),
        h('span', { class: 'dataset-meta' }, [String(d.released || ''), publishers.join(uiLang === 'zh' ? '、' : ', ')].filter(Boolean).join(' · ')));
      button.addEventListener('click', () => {
        askQuestion(t.askAbout(name));
      });
      return h('li', {}, button);
    });
    els.datasetList.replaceChildren(...items);
    els.datasetCount.replaceChildren(result.datasets.length === 0 ? t.none : t.count(result.datasets.length));
  }

  function filterValues() {
    return {
      q: els.filterQ.value.trim(), year: els.filterYear.value, publisher: els.filterPublisher.value,
      topic: els.filterTopic.value,
    };
  }

  /** The filters into the address bar, without a new history entry per keystroke. */
  function filtersToUrl() {
    const url = new URL(window.location.href);
    const values = filterValues();
    for (const [param, key] of Object.entries(FILTER_PARAMS)) {
      if (values[key]) url.searchParams.set(param, values[key]);
      else url.searchParams.delete(param);
    }
    if (url.href !== window.location.href) window.history.replaceState(null, '', url);
  }

  function filtersFromUrl() {
    const params = new URL(window.location.href).searchParams;
    const set = (select, value) => {
      if (value && Array.from(select.options).some((o) => o.value === value)) select.value = value;
    };
    set(els.filterYear, params.get('year'));
    set(els.filterTopic, params.get('topic'));
    set(els.filterPublisher, params.get('publisher'));
    if (params.get('find')) els.filterQ.value = params.get('find').slice(0, 200);
  }

  /** A failed load retries on its own, waiting longer each time, and offers a retry button meanwhile. */
  function showListFailure(message, attempt) {
    els.datasetList.replaceChildren();
    const retry = h('button', { type: 'button', class: 'secondary small list-retry' }, t.retryList);
    retry.addEventListener('click', () => refreshDatasets(0));
    const parts = [`${t.datasetsFailed}: ${message} `];
    window.clearTimeout(retryTimer);
    if (attempt < LIST_RETRIES.length) {
      const wait = LIST_RETRIES[attempt];
      parts.push(`(${t.retrying(Math.round(wait / 1000))}) `);
      retryTimer = window.setTimeout(() => refreshDatasets(attempt + 1), wait);
    }
    els.datasetCount.replaceChildren(...parts, retry);
    els.datasetCount.dataset.failed = 'true';
  }

  async function refreshDatasets(attempt) {
    const mine = ++browseRequest;
    window.clearTimeout(retryTimer);
    if (filtersFilled) filtersToUrl(); // before the choices exist, the address still holds the wanted ones
    try {
      const result = await fetchDatasets(filtersFilled ? filterValues() : {});
      if (mine !== browseRequest) return;
      delete els.datasetCount.dataset.failed;
      if (!filtersFilled) {
        fillFilters(result);
        filtersFromUrl();
        if (Object.values(filterValues()).some(Boolean)) {
          refreshDatasets(0);
          return;
        }
      }
      renderDatasets(result);
    } catch (e) {
      if (mine === browseRequest) showListFailure(e.message, typeof attempt === 'number' ? attempt : 0);
    }
  }

  function setBrowseOpen(open) {
    els.browseToggle.setAttribute('aria-expanded', String(open));
    els.browseToggle.textContent = open ? t.hide : t.show;
    els.browseBody.hidden = !open;
  }

  function initBrowser() {
    const params = new URL(window.location.href).searchParams;
    const filtered = ['year', 'topic', 'publisher', 'find'].some((p) => params.get(p));
    setBrowseOpen(filtered || !window.matchMedia('(max-width: 860px)').matches);
    els.browseToggle.addEventListener('click', () =>
      setBrowseOpen(els.browseToggle.getAttribute('aria-expanded') !== 'true'));
    els.filters.addEventListener('submit', (e) => e.preventDefault());
    els.filters.addEventListener('change', () => refreshDatasets(0));
    els.filters.addEventListener('reset', () => window.setTimeout(() => refreshDatasets(0), 0));
    els.filterQ.addEventListener('input', () => {
      window.clearTimeout(filterTimer);
      filterTimer = window.setTimeout(() => refreshDatasets(0), 200);
    });
    refreshDatasets(0);
  }

  /** {@code ?q=question} (a shared link) asks that question once the page is ready. */
  function askFromUrl() {
    const url = new URL(window.location.href);
    const q = url.searchParams.get('q');
    if (!q || !q.trim()) return;
    url.searchParams.delete('q'); // a reload must not ask it again
    window.history.replaceState(null, '', url);
    askQuestion(q.slice(0, 2000));
  }

  /** A Chinese browser gets the page's fixed labels in Chinese too (each carries its translation). */
  function localisePage() {
    if (uiLang !== 'zh') return;
    document.documentElement.lang = 'zh';
    for (const node of document.querySelectorAll('[data-zh]')) node.textContent = node.dataset.zh;
    els.question.placeholder = '提问… / Ask a question…';
    els.filterQ.placeholder = '例如 LAION、遥感';
  }

  // ---------------------------------------------------------------- start

  localisePage();

  renderExamples();
  restoreTurns();
  initBrowser();
  autoGrow();
  els.question.focus({ preventScroll: true });
  askFromUrl();
  document.documentElement.dataset.ready = 'true';
})();
