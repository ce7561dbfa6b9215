import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type SittingSection = 'discussion' | 'speakers' | 'votes' | 'agenda' | 'presence';

interface Props {
  sections: Array<{ id: SittingSection; content: ReactNode }>;
}

/**
 * A sitting on a phone (issue 16): the discussion first, the other parts (speakers, votes, agenda,
 * presence) one tap away in a tab bar that stays at the top of the screen. A part that changes
 * while another is shown (a vote opens, the person's turn comes, the chair moves on, someone
 * arrives) gets a badge on its tab until it is opened. Every part stays mounted (hidden, not
 * unmounted), so each keeps following the session. Tabs follow the ARIA tabs pattern (arrow keys).
 */
export function SittingTabs({ sections }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState<SittingSection>('discussion');
  const [changed, setChanged] = useState<ReadonlySet<SittingSection>>(new Set());
  const panels = useRef(new Map<SittingSection, HTMLDivElement>());

  // What changes in a hidden part (its text, not a running countdown) marks its tab.
  useEffect(() => {
    const observers = [...panels.current].map(([id, el]) => {
      const observer = new MutationObserver((records) => {
        if (id === active) return;
        if (records.every((r) => inTimer(r.target))) return;
        setChanged((s) => (s.has(id) ? s : new Set(s).add(id)));
      });
      observer.observe(el, { childList: true, subtree: true, characterData: true });
      return observer;
    });
    return () => observers.forEach((o) => o.disconnect());
  }, [active, sections.length]);

  const open = (value: string | null) => {
    if (!value) return;
    const id = value as SittingSection;
    setActive(id);
    setChanged((s) => {
      if (!s.has(id)) return s;
      const next = new Set(s);
      next.delete(id);
      return next;
    });
  };

  return (
    <Tabs value={active} onChange={open} keepMounted keepMountedMode="display-none" className="sitting-tabs" data-testid="sitting-tabs">
      <Tabs.List aria-label={t('sitting.sections')} className="sitting-tab-list">
        {sections.map(({ id }) => (
          <Tabs.Tab key={id} value={id} className="sitting-tab" data-changed={changed.has(id) || undefined}>
            {t(`sitting.${id}`)}
            {changed.has(id) && (
              <span className="sitting-badge" data-testid={`sitting-badge-${id}`}>
                <span className="visually-hidden"> ({t('sitting.changed')})</span>
              </span>
            )}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {sections.map(({ id, content }) => (
        <Tabs.Panel key={id} value={id} pt="sm">
          <div
            ref={(el) => {
              if (el) panels.current.set(id, el);
              else panels.current.delete(id);
            }}
          >
            {content}
          </div>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

/** Inside a running countdown (role="timer"): its ticking is not news. */
function inTimer(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest('[role="timer"]');
}
