import { applicableApproaches } from '../../content/approaches';
import { useMessages } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { resultsMessages } from './results.messages';
import { SectionSources } from './source-note';

export const approachesHeadingId = (groupId: string) => `approaches-${groupId}`;

/** Elementary and integrated-STEM recommendations, shown only to the programs they apply to. */
export function ApproachesSection() {
  const t = useMessages(resultsMessages);
  const level = useAppStore((s) => s.profile?.level);
  const integrated = useAppStore((s) => s.steps.design?.integratedStem);
  const chosen = useAppStore((s) => s.steps.design?.elementaryApproaches) ?? [];
  const groups = applicableApproaches(level, integrated);
  return (
    <>
      {groups.map((group) => (
        <section className="results-section" key={group.id} aria-labelledby={approachesHeadingId(group.id)}>
          <h2 className="section-title" id={approachesHeadingId(group.id)}>
            {group.heading}
          </h2>
          <p>{group.intro}</p>
          <ul className="approach-list">
            {group.recommendations.map((r) => (
              <li key={r.id} className="approach">
                <h3 className="approach__title">
                  {r.heading}
                  {group.id === 'elementary' && (chosen as string[]).includes(r.id) ? (
                    <span className="level-tag level-tag--prepared approach__chosen">{t.inYourDesign}</span>
                  ) : null}
                </h3>
                {r.points.map((p) => (
                  <p key={p}>{p}</p>
                ))}
              </li>
            ))}
          </ul>
          <SectionSources pages={group.recommendations.map((r) => r.source)} />
        </section>
      ))}
    </>
  );
}
