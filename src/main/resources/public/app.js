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
      hide: 'Hide list', show: 'Show list', by: 'answered by', ms: 'ms',
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
      hide: '收起列表', show: '展开列表', by: '回答者', ms: '毫秒',
    },
  };
  const t = TEXT[uiLang];

  const $ = (id) => document.getElementById(id);
  const els = {
    log: $('log'), welcome: $('welcome'), form: $('ask-form'), question: $('question'), send: $('send'),
    status: $('status'), announcer: $('announcer'), newChat: $('new-chat'),
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
    const template = document.createElement('template');
    template.innerHTML = String(html || ''); // a template's content is inert: nothing in it runs or loads
    const out = document.createDocumentFragment();
    copyAllowed(template.content, out);
    return out;
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

  function newTurn(question) {
    const answerBody = h('div', { class: 'answer-body' });
    const thinking = h('p', { class: 'thinking' }, h('span', { class: 'dots', 'aria-hidden': 'true' }), t.thinking);
    const answer = h('div', { class: 'answer' }, h('h3', { class: 'visually-hidden' }, t.answer), thinking, answerBody);
    const article = h('article', { class: 'turn', 'data-state': 'thinking', 'aria-busy': 'true' },
      h('div', { class: 'question-bubble' },
        h('span', { class: 'visually-hidden' }, t.you + ': '),
        h('p', { class: 'question-text' }, question)),
      answer);
    els.log.append(article);
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    article.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    return { article, answer, answerBody, thinking, question, raw: null, streamed: '', deltas: 0 };
  }

  function ensureRaw(turn) {
    if (turn.raw) return;
    turn.thinking.remove();
    turn.raw = h('div', { class: 'raw' });
    turn.answerBody.append(turn.raw);
    turn.article.dataset.state = 'streaming';
  }

  function onDelta(turn, text) {
    if (typeof text !== 'string' || text === '') return;
    ensureRaw(turn);
    turn.streamed += text;
    turn.deltas += 1;
    turn.raw.textContent = turn.streamed; // streamed Markdown is shown as plain text until the answer is done
    turn.article.dataset.deltas = String(turn.deltas);
  }

  /** The final answer differs from what streamed (an LLM draft that failed its check, say): show the final. */
  function onReplace(turn, data) {
    if (!data || typeof data.answer !== 'string') return;
    ensureRaw(turn);
    turn.streamed = data.answer;
    turn.raw.textContent = data.answer;
    turn.article.dataset.replaced = 'true';
  }

  function renderDone(turn, data) {
    turn.thinking.remove();
    turn.answerBody.replaceChildren(answerFragment(data.answerHtml));
    turn.answerBody.lang = data.language === 'zh' ? 'zh' : 'en';
    const lang = data.language === 'zh' ? TEXT.zh : TEXT.en;

    const sources = Array.isArray(data.sources) ? data.sources : [];
    if (sources.length > 0) {
      dropTrailingSourceList(turn.answerBody);
      const list = h('ol', { class: 'source-cards' });
      sources.forEach((s, i) => list.append(sourceCard(s, i + 1, lang)));
      turn.answer.append(h('div', { class: 'sources' },
        h('h3', {}, lang.sources), list));
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
    copy.addEventListener('click', () => copyText(String(data.answer || ''), copy));
    const meta = h('span', { class: 'meta muted', title: `${t.by} ${data.answeredBy || ''} · ${data.tookMs || 0} ${t.ms}` },
      `${t.by} ${data.answeredBy || ''}`);
    turn.answer.append(h('div', { class: 'answer-actions' }, copy, meta));

    turn.article.dataset.state = 'done';
    turn.article.setAttribute('aria-busy', 'false');
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

  function sourceCard(s, n, lang) {
    const name = String(s.name || s.id || '');
    const publishers = Array.isArray(s.publishers) ? s.publishers.map(String) : [];
    return h('li', { class: 'source-card' },
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
    retry.addEventListener('click', () => askQuestion(retryQuestion));
    turn.answer.append(h('div', { class: 'error', role: 'alert' }, h('p', {}, message), retry));
    turn.article.dataset.state = 'error';
    turn.article.setAttribute('aria-busy', 'false');
  }

  async function copyText(text, button) {
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
    button.textContent = ok ? t.copied : t.copyFailed;
    announce(ok ? t.copied : t.copyFailed);
    window.setTimeout(() => { button.textContent = t.copy; }, 2000);
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

  async function askQuestion(text) {
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
    const turn = newTurn(question);
    const controller = new AbortController();
    current = { controller };
    els.send.disabled = true;
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
        } else if (event === 'replace') {
          onReplace(turn, data);
        } else if (event === 'done') {
          finished = true;
          rememberConversation(data.conversationId);
          renderDone(turn, data);
          rememberTurn(question, data);
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
      if (current && current.controller === controller) current = null;
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

  els.newChat.addEventListener('click', () => {
    if (current) current.controller.abort();
    current = null;
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
  }

  // ---------------------------------------------------------------- dataset browser

  let browseRequest = 0;
  let filterTimer = null;

  async function fetchDatasets(params) {
    const url = new URL(DATASETS_URL, window.location.href);
    for (const [k, v] of Object.entries(params || {})) if (v) url.searchParams.set(k, v);
    const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!res.ok) throw new Error(await errorMessage(res));
    return res.json();
  }

  function fillFilters(all) {
    const years = [...new Set(all.datasets.map((d) => String(d.released || '').slice(0, 4)).filter((y) => /^\d{4}$/.test(y)))]
      .sort().reverse();
    for (const y of years) els.filterYear.append(h('option', { value: y }, y));

    const publishers = new Map();
    for (const d of all.datasets) {
      (d.publishers || []).forEach((p, i) => {
        const english = (d.publishersEnglish || [])[i];
        if (!publishers.has(p)) publishers.set(p, english && english !== p ? `${english} · ${p}` : String(p));
      });
    }
    [...publishers.entries()].sort((a, b) => a[1].localeCompare(b[1]))
      .forEach(([value, label]) => els.filterPublisher.append(h('option', { value }, label)));

    for (const topic of all.topics || []) {
      const label = uiLang === 'zh' ? `${topic.chinese} · ${topic.english}` : `${topic.english} · ${topic.chinese}`;
      els.filterTopic.append(h('option', { value: topic.key }, label));
    }
  }

  function renderDatasets(result) {
    const items = result.datasets.map((d) => {
      const name = String(d.name || '');
      const button = h('button', { type: 'button', class: 'dataset-item' },
        h('span', { class: 'dataset-name' }, name),
        h('span', { class: 'dataset-meta' }, [String(d.released || ''), (d.publishers || []).join('、')].filter(Boolean).join(' · ')));
      button.addEventListener('click', () => {
        askQuestion(t.askAbout(name));
        if (window.matchMedia('(max-width: 860px)').matches) els.log.lastElementChild?.scrollIntoView({ block: 'start' });
      });
      return h('li', {}, button);
    });
    els.datasetList.replaceChildren(...items);
    els.datasetCount.textContent = result.datasets.length === 0 ? t.none : t.count(result.datasets.length);
  }

  async function refreshDatasets() {
    const mine = ++browseRequest;
    const params = {
      q: els.filterQ.value.trim(), year: els.filterYear.value, publisher: els.filterPublisher.value,
      topic: els.filterTopic.value,
    };
    try {
      const result = await fetchDatasets(params);
      if (mine === browseRequest) renderDatasets(result);
    } catch (e) {
      if (mine === browseRequest) {
        els.datasetList.replaceChildren();
        els.datasetCount.textContent = `${t.datasetsFailed}: ${e.message}`;
      }
    }
  }

  function setBrowseOpen(open) {
    els.browseToggle.setAttribute('aria-expanded', String(open));
    els.browseToggle.textContent = open ? t.hide : t.show;
    els.browseBody.hidden = !open;
  }

  async function initBrowser() {
    setBrowseOpen(!window.matchMedia('(max-width: 860px)').matches);
    els.browseToggle.addEventListener('click', () =>
      setBrowseOpen(els.browseToggle.getAttribute('aria-expanded') !== 'true'));
    els.filters.addEventListener('submit', (e) => e.preventDefault());
    els.filters.addEventListener('change', refreshDatasets);
    els.filters.addEventListener('reset', () => window.setTimeout(refreshDatasets, 0));
    els.filterQ.addEventListener('input', () => {
      window.clearTimeout(filterTimer);
      filterTimer = window.setTimeout(refreshDatasets, 200);
    });
    try {
      const all = await fetchDatasets({});
      fillFilters(all);
      renderDatasets(all);
    } catch (e) {
      els.datasetCount.textContent = `${t.datasetsFailed}: ${e.message}`;
    }
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
  document.documentElement.dataset.ready = 'true';
})();
