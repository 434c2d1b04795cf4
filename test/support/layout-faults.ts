/**
 * The look-and-feel faults of issue 13, measured in the browser on the page a
 * person sees (CSS px at 390×844): tap targets under 44 px, buttons that touch
 * or overlap, status tags that wrap, text running off the screen, emoji that
 * Chromium draws as a missing-glyph box, and internal words (openid, token,
 * undefined…) in what a person reads. `layoutFaults` runs inside the page, so it
 * uses nothing from outside its own body.
 */
import type { Page } from 'playwright-core';

export interface LayoutRules {
  /** The smallest tap target, CSS px (Apple and WeChat: 44). */
  minTap: number;
  /** The least gap between two buttons, CSS px. */
  minGap: number;
}

export const LAYOUT_RULES: LayoutRules = { minTap: 44, minGap: 8 };

/** Answers one line per fault on the page shown now; empty when the page is clean. */
export function layoutFaults(page: Page, rules: LayoutRules = LAYOUT_RULES): Promise<string[]> {
  return page.evaluate(inPage, rules);
}

function inPage(rules: LayoutRules): string[] {
  const faults: string[] = [];
  const vw = window.innerWidth;
  // Taro's H5 router keeps earlier pages in the DOM, hidden: only the page shown counts.
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  };
  const label = (el: Element) => {
    const text = ((el as HTMLElement).innerText || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
    const cls = typeof el.className === 'string' ? el.className.split(/\s+/).slice(0, 2).join('.') : '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''} "${text.slice(0, 20)}"`;
  };
  // React props hold onClick for plain elements; Taro's H5 components keep their listeners in __events.
  const hasClick = (el: Element) => {
    const record = el as unknown as Record<string, unknown>;
    const key = Object.keys(el).find((k) => k.startsWith('__reactProps'));
    const props = key ? (record[key] as { onClick?: unknown; onTap?: unknown } | undefined) : undefined;
    const events = record.__events as Record<string, unknown> | undefined;
    return Boolean(props?.onClick || props?.onTap || events?.click || events?.tap);
  };
  const fixedAncestor = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const p = getComputedStyle(e).position;
      if (p === 'fixed' || p === 'sticky') return e;
    }
    return null;
  };
  // The platform's own chrome (H5 title bar, tab bar) is drawn by Taro and stands in for WeChat's.
  const chrome = (el: Element) =>
    Boolean(el.closest('.taro-navigation-bar-wrap, .taro-tabbar__container > taro-tabbar, .weui-tabbar'));

  const TAPPABLE =
    'button, a[href], [role=button], [role=radio], [role=checkbox], [role=tab], [role=link], ' +
    'taro-button-core, .nut-button, taro-navigator-core, .link';
  const all = Array.from(document.querySelectorAll('body *'));
  const tappable = all.filter((el) => (el.matches(TAPPABLE) || hasClick(el)) && !chrome(el) && visible(el));
  // A tappable inside another (NutUI's inner wrap, a chevron in a row) shares its parent's hit area.
  const outer = tappable.filter((el) => !tappable.some((o) => o !== el && o.contains(el)));

  // (a) Every tap target at least minTap × minTap.
  for (const el of outer) {
    const r = el.getBoundingClientRect();
    if (r.height < rules.minTap - 0.5 || r.width < rules.minTap - 0.5) {
      faults.push(`tap target ${Math.round(r.width)}×${Math.round(r.height)}: ${label(el)}`);
    }
  }

  // (b) No two buttons overlap or touch.
  const buttons = outer.filter((el) => el.matches('button, taro-button-core, .nut-button, [role=button]'));
  for (let i = 0; i < buttons.length; i++) {
    for (let j = i + 1; j < buttons.length; j++) {
      const [a, b] = [buttons[i], buttons[j]];
      if (fixedAncestor(a) !== fixedAncestor(b)) continue;
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      const gapX = Math.max(rb.left - ra.right, ra.left - rb.right);
      const gapY = Math.max(rb.top - ra.bottom, ra.top - rb.bottom);
      if (Math.max(gapX, gapY) < rules.minGap - 0.5) {
        faults.push(`buttons ${Math.round(Math.max(gapX, gapY))} px apart: ${label(a)} / ${label(b)}`);
      }
    }
  }

  // (b') A field or a picture does not touch a button under or over it.
  const blocks = all.filter(
    (el) =>
      el.matches('taro-input-core, input, taro-textarea-core, textarea, img, .field-input') &&
      !chrome(el) &&
      visible(el),
  );
  for (const field of blocks) {
    for (const button of buttons) {
      if (button.contains(field) || field.contains(button)) continue;
      if (fixedAncestor(field) !== fixedAncestor(button)) continue;
      const rf = field.getBoundingClientRect();
      const rb = button.getBoundingClientRect();
      const overlapX = Math.min(rf.right, rb.right) - Math.max(rf.left, rb.left);
      if (overlapX <= 0) continue;
      const gapY = Math.max(rb.top - rf.bottom, rf.top - rb.bottom);
      if (gapY < rules.minGap - 0.5) faults.push(`${label(field)} ${Math.round(gapY)} px from button ${label(button)}`);
    }
  }

  const lineCount = (el: Element) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set<number>();
    for (const r of Array.from(range.getClientRects())) if (r.width > 0) tops.add(Math.round(r.bottom / 4));
    return tops.size;
  };

  // (c) A status tag or badge is one line.
  const TAG = /(^|[-_])(tag|badge|status)($|[-_])/;
  for (const el of all) {
    const classes = typeof el.className === 'string' ? el.className.split(/\s+/) : [];
    if (!classes.some((c) => TAG.test(c) || c.startsWith('nut-tag'))) continue;
    if (!visible(el) || ((el as HTMLElement).innerText ?? '').trim().length > 12) continue;
    if (lineCount(el) > 1) faults.push(`tag wraps onto ${lineCount(el)} lines: ${label(el)}`);
  }

  // (d) No text runs past the screen's edges (unless inside a strip that scrolls sideways or clips).
  const clipped = (el: Element) => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowX !== 'visible') {
        const r = e.getBoundingClientRect();
        if (r.left >= -0.5 && r.right <= vw + 0.5) return true;
      }
    }
    return false;
  };
  const emoji = /\p{Extended_Pictographic}/u;
  for (const el of all) {
    const texts = Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    if (!texts.length || !visible(el) || chrome(el)) continue;
    for (const node of texts) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects());
      if (rects.some((r) => r.right > vw + 0.5 || r.left < -0.5) && !clipped(el)) {
        faults.push(`text runs off the screen: ${label(el)}`);
      }
      // (e) Chromium (and older Android WebViews) draw these as an empty box: use an icon.
      const text = node.textContent ?? '';
      const glyph = [...text].find((c) => emoji.test(c) && !/[©®™]/.test(c));
      if (glyph) faults.push(`emoji ${glyph} (U+${glyph.codePointAt(0)?.toString(16)}): ${label(el)}`);
    }
  }

  // (f) No internal word in what a person reads.
  const words = (document.querySelector('.taro_page:not([style*="display: none"])') as HTMLElement | null)?.innerText;
  const read = words ?? document.body.innerText;
  const internal = read.match(/\b(openid|unionid|token|undefined|null|NaN|id|error|failed|invalid)\b/gi);
  if (internal) faults.push(`internal words on screen: ${[...new Set(internal)].join(', ')}`);
  // A page path or a QR's scene is for machines: people get a name or a code to scan.
  const route = read.match(/\/?(pages|package[A-Z]\w*)\/[\w/-]+|scene=\S+/);
  if (route) faults.push(`route on screen: ${route[0]}`);
  return faults;
}
