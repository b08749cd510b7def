/**
 * Schema of an entry in the `timeline` collection (content/timeline/<id>.yaml, one dated event each; the id
 * starts with the date so the files sort chronologically, e.g. `2001-06-15-sco-founded`).
 *
 * Shape:
 * - `date`: when it happened, as precise as the text allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`;
 * - `end`: the last day/month/year of a range the text gives (`2005年至2010年`), not before `date`;
 * - `asWritten`: the date expression as the text prints it (`2001年6月15日`, `2005.4.12`, `今年`,
 *   `上世纪90年代初`); it must occur in one of the cited blocks, so every date can be checked at its source;
 * - `resolved`: required when `asWritten` is relative (今年, 去年, 明年, 前年, N年前, N年来, 本月, 上月,
 *   届时…): `{ from: <article slug>, reasoning }` — how the date follows from that article's date;
 * - `title`: a short Chinese title; `summary`: one to three sentences from what the texts say;
 * - `tags`: one or more of `timelineTags`;
 * - `cites`: paragraph references (paragraph-ref.ts), one per article that states the event, at least one.
 *
 * `timelineEventSchema(index)` adds the corpus checks: citations exist, `asWritten` occurs in a cited
 * block, `resolved.from` is an article the event cites. Astro reports failures with the file and field.
 */
import { z } from 'zod';
import { partialDateSchema } from './claim.ts';
import { checkCitations, paragraphRefSchema, parseParagraphRef, type CorpusIndex } from '../corpus/paragraph-ref.ts';

/** Tags of timeline events, with the label the site shows. */
export const timelineTags = {
  summit: '峰会',
  membership: '成员',
  institutional: '机制建设',
  political: '政治',
  security: '安全',
  economic: '经济',
  'people-to-people': '人文',
  'external-relations': '对外关系',
} as const;

export type TimelineTag = keyof typeof timelineTags;

/** Date expressions that only mean something relative to when the article was written. */
export const relativeDatePattern = /今年|去年|前年|明年|本年|当年|本月|上月|下月|\d+年(前|来|后)|[一二三四五六七八九十两]+年(前|来|后)|届时|近年|近期/;

/** Whether the partial date `b` is not before `a` (compared on the shared precision). */
function notBefore(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return b.slice(0, length) >= a.slice(0, length);
}

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined) {
    const date = new Date(Date.UTC(y!, m! - 1, d));
    return date.getUTCDate() === d;
  }
  return true;
}

const eventDateSchema = partialDateSchema.refine(isCalendarDate, 'not a calendar date');

export const timelineEventShape = z
  .strictObject({
    date: eventDateSchema,
    end: eventDateSchema.optional(),
    asWritten: z.string().min(1),
    resolved: z.strictObject({ from: z.string().min(1), reasoning: z.string().min(1) }).optional(),
    title: z.string().min(1),
    summary: z.string().min(1),
    tags: z.array(z.enum(Object.keys(timelineTags) as [TimelineTag, ...TimelineTag[]])).min(1),
    cites: z.array(paragraphRefSchema).min(1),
  })
  .superRefine((event, ctx) => {
    if (event.end !== undefined && !notBefore(event.date, event.end)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end ${event.end} is before date ${event.date}` });
    }
    if (relativeDatePattern.test(event.asWritten) && event.resolved === undefined) {
      ctx.addIssue({ code: 'custom', path: ['resolved'], message: `"${event.asWritten}" is relative: say how it was resolved` });
    }
  });

export type TimelineEvent = z.infer<typeof timelineEventShape>;

/** The schema with the corpus checks (see the module comment). */
export function timelineEventSchema(index: CorpusIndex) {
  return timelineEventShape.superRefine((event, ctx) => {
    const cited = checkCitations(index, event.cites, (issue) => ctx.addIssue(issue));
    if (cited.length > 0 && !cited.some((b) => b.text.includes(event.asWritten))) {
      ctx.addIssue({ code: 'custom', path: ['asWritten'], message: `"${event.asWritten}" occurs in none of the cited blocks` });
    }
    if (event.resolved && !event.cites.some((ref) => paragraphRefSchema.safeParse(ref).success && parseParagraphRef(ref).article === event.resolved!.from)) {
      ctx.addIssue({ code: 'custom', path: ['resolved', 'from'], message: `"${event.resolved.from}" is not an article this event cites` });
    }
  });
}
