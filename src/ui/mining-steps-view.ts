// Mining step by step: the node's next block as a sandbox candidate, tried nonce by nonce at a speed the student
// sets (each try's hash and its comparison with the target drawn as a row), then the same block again at full
// speed with the hash rate measured, and blocks mined one after another to show that tries average 2^difficulty.
// Nothing here touches the chain. Full speed hashes in chunks of about 12 ms and yields to the page between them.
import type { Block } from '../core/index.ts';
import type { FullNode } from '../node/index.ts';
import { BURST_REDRAW_MS, bind, h, redrawScheduler, setFieldError, setText, type Unbind } from './dom.ts';
import { language } from './i18n/index.ts';
import { miningStepsTexts as texts } from './i18n/sections/mining-steps/index.ts';
import { build, candidatePairs, DEFAULT_SPEED, recordRow, tryRow } from './mining-steps-dom.ts';
import {
  type Attempt,
  attemptOf,
  controlsFor,
  defaultLessonDifficulty,
  FIRST_CHUNK,
  FULL_SPEED,
  hashRate,
  lessonCandidate,
  NonceWalk,
  nextChunkSize,
  type Phase,
  parseLessonDifficulty,
  parseSpeed,
  type Speed,
  summarizeTries,
  type TriesRecord,
  tickPlan,
} from './mining-steps-model.ts';
import './mining-steps.css';

/** Rows of tries kept on screen: enough to see the hashes change, few enough to read on a phone. */
const SHOWN_TRIES = 12;
/** Blocks listed in the tries table; the averages count every block. */
const SHOWN_RECORDS = 50;
const RUN_WORDS = { start: 'steps.start', pause: 'steps.pause', resume: 'steps.resume' } as const;

/** Yields to the page between two chunks: a message task, which the browser does not clamp as it does timers. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function mountMiningStepsView(node: FullNode, doc: Document): Promise<Unbind> {
  const section = doc.getElementById('mining-steps');
  if (!(section instanceof HTMLElement)) throw new TypeError('index.html has no <section id="mining-steps">');
  await texts.load();
  texts.translate(section);
  const el = build(section);
  const numbers = new Intl.NumberFormat(language());
  const formatted = (n: number) => numbers.format(n);
  const roomDifficulty = () => node.chain.nextBlockRules(node.chain.tip.hash)?.difficulty ?? node.params.difficulty;

  let difficulty = defaultLessonDifficulty(roomDifficulty());
  el.difficulty.value = String(difficulty);
  let speed: Speed = DEFAULT_SPEED;
  let phase: Phase = 'ready';
  /** Bumped by every start, pause and stop: a loop holding an older token ends at its next turn. */
  let token = 0;
  let chunk = FIRST_CHUNK;
  let previousTimestamp: number | null = null;
  let attempts: Attempt[] = [];
  let drawnAttempts: Attempt[] | null = null;
  const records: TriesRecord[] = [];

  const newCandidate = (): Block => {
    const tip = node.chain.tip;
    const candidate = lessonCandidate({
      parent: tip,
      minerAddress: node.address,
      reward: node.params.reward,
      difficulty,
      minTimestamp: node.chain.nextBlockRules(tip.hash)?.minTimestamp ?? 0,
      now: Date.now(),
      previousTimestamp,
      mempool: node.snapshot().mempool,
      maxTransactionsPerBlock: node.params.maxTransactionsPerBlock,
    });
    previousTimestamp = candidate.timestamp;
    return candidate;
  };
  let walk = new NonceWalk(newCandidate());

  const statusText = (): string => {
    const tries = walk.tries;
    const found = walk.found;
    if (found !== null) {
      const zeros = attemptOf(found).leadingZeroBits;
      return texts.t('steps.found', { nonce: found.nonce, tries, zeros, difficulty: found.difficulty });
    }
    if (phase === 'paused') return texts.t('steps.paused', { tries });
    if (phase === 'stopped') return texts.t('steps.stopped', { tries });
    return texts.t(phase === 'running' ? 'steps.running' : 'steps.ready');
  };
  const render = () => {
    el.candidate.replaceChildren(
      ...candidatePairs(walk.candidate, attempts[0]?.header ?? attemptOf(walk.candidate).header),
    );
    // Rows are redrawn only when a try was added: a pause or a speed change leaves them as they are.
    if (drawnAttempts !== attempts) el.tries.replaceChildren(...attempts.map(tryRow));
    drawnAttempts = attempts;
    setText(el.count, texts.t('steps.triesCount', { tries: walk.tries }));
    setText(el.status, statusText());
    setText(el.room, texts.t('steps.roomDifficulty', { difficulty: roomDifficulty() }));
    const controls = controlsFor(phase);
    setText(el.run, texts.t(RUN_WORDS[controls.run]));
    el.run.disabled = !controls.enabled.run;
    el.step.disabled = !controls.enabled.step;
    el.stop.disabled = !controls.enabled.stop;
    for (const choice of [el.renew, el.difficulty, el.series]) choice.disabled = !controls.enabled.choose;
    el.again.disabled = !controls.enabled.again;
  };
  const record = (tries: number, atDifficulty: number) => {
    records.push({ block: records.length + 1, difficulty: atDifficulty, tries });
    el.summary.replaceChildren(
      ...summarizeTries(records).map((sum) => {
        const average = formatted(Math.round(sum.averageTries));
        const values = {
          difficulty: sum.difficulty,
          blocks: sum.blocks,
          average,
          expected: formatted(sum.expectedTries),
        };
        return h('li', {}, texts.t('steps.summary', values));
      }),
    );
    el.records.replaceChildren(
      ...records
        .slice(-SHOWN_RECORDS)
        .reverse()
        .map((shown) => recordRow(shown, formatted)),
    );
  };

  const show = (attempt: Attempt) => {
    attempts = [attempt, ...attempts].slice(0, SHOWN_TRIES);
  };
  const onFound = (block: Block) => {
    phase = 'found';
    show(attemptOf(block));
    setText(el.againResult, '');
    el.found.hidden = false;
    record(walk.tries, block.difficulty);
  };
  const freshCandidate = () => {
    walk = new NonceWalk(newCandidate());
    attempts = [];
    phase = 'ready';
    el.found.hidden = true;
    render();
  };
  /** One full-speed chunk of `search`, sized to take about CHUNK_TARGET_MS. */
  const fullSpeedChunk = (search: NonceWalk): Block | null => {
    const started = performance.now();
    const found = search.searchChunk(chunk);
    chunk = nextChunkSize(chunk, performance.now() - started);
    return found;
  };

  /** The lesson's loop: tries at the chosen speed (chunks at full speed) until found, paused or stopped. */
  const pump = async (mine: number) => {
    while (mine === token && phase === 'running') {
      if (speed === FULL_SPEED) {
        const found = fullSpeedChunk(walk);
        if (found !== null) onFound(found);
        render();
        await nextTask();
        continue;
      }
      const plan = tickPlan(speed);
      for (let i = 0; i < plan.triesPerTick && walk.found === null; i++) {
        const attempt = walk.step();
        if (!attempt.belowTarget) show(attempt);
      }
      if (walk.found !== null) onFound(walk.found);
      render();
      await sleep(plan.intervalMs);
    }
  };

  /** Runs `work` as the busy phase, which only Stop interrupts; `stillMine` turns false once Stop is pressed. */
  const busy = async (work: (stillMine: () => boolean) => Promise<void>) => {
    const before = phase;
    phase = 'busy';
    const mine = ++token;
    render();
    try {
      await work(() => mine === token);
    } finally {
      phase = before;
      render();
    }
  };
  const searchToEnd = async (search: NonceWalk, stillMine: () => boolean, progress: () => void) => {
    while (stillMine()) {
      const found = fullSpeedChunk(search);
      if (found !== null) return found;
      progress();
      await nextTask();
    }
    return null;
  };
  const again = () =>
    busy(async (stillMine) => {
      const rerun = new NonceWalk(walk.candidate);
      const started = performance.now();
      const progress = () => setText(el.againResult, texts.t('steps.triesCount', { tries: rerun.tries }));
      const found = await searchToEnd(rerun, stillMine, progress);
      const ms = performance.now() - started;
      if (found === null) return setText(el.againResult, texts.t('steps.againStopped', { tries: rerun.tries }));
      const rate = hashRate(rerun.tries, ms);
      const values = { nonce: found.nonce, tries: rerun.tries, ms: formatted(Math.round(ms)) };
      const result =
        rate === null
          ? texts.t('steps.againTooQuick', values)
          : texts.t('steps.againResult', { ...values, rate: formatted(rate) });
      setText(el.againResult, result);
    });
  const series = () =>
    busy(async (stillMine) => {
      const wanted = Number(el.seriesCount.value);
      let done = 0;
      for (; done < wanted && stillMine(); done++) {
        const search = new NonceWalk(newCandidate());
        const values = () => ({ done: done + 1, count: wanted, tries: search.tries });
        const progress = () => setText(el.seriesStatus, texts.t('steps.seriesProgress', values()));
        progress();
        const found = await searchToEnd(search, stillMine, progress);
        if (found === null) break;
        record(search.tries, found.difficulty);
      }
      const end =
        done === wanted
          ? texts.t('steps.seriesDone', { count: done })
          : texts.t('steps.seriesStopped', { done, count: wanted });
      setText(el.seriesStatus, end);
    });

  const onRun = () => {
    if (phase === 'busy') return;
    if (phase === 'running') {
      phase = 'paused';
      token++;
    } else {
      if (phase === 'found' || phase === 'stopped') freshCandidate();
      phase = 'running';
      void pump(++token);
    }
    render();
  };
  const onStep = () => {
    if (!controlsFor(phase).enabled.step) return;
    phase = 'paused';
    const attempt = walk.step();
    if (walk.found === null) show(attempt);
    else onFound(walk.found);
    render();
  };
  const onStop = () => {
    token++;
    if (phase === 'running' || phase === 'paused') phase = 'stopped';
    render();
  };
  const onDifficulty = () => {
    const chosen = parseLessonDifficulty(el.difficulty.value);
    // A bad value keeps the last good difficulty and says what is accepted.
    setFieldError(el.difficultyError, el.difficulty, chosen === null ? texts.t('steps.difficultyInvalid') : '');
    if (chosen === null || chosen === difficulty) return;
    difficulty = chosen;
    if (controlsFor(phase).enabled.choose) freshCandidate();
  };
  // A candidate nobody has tried yet follows the node: a new tip or new transactions make a new one, a few times a
  // second at most, and only now and then while the view is out of sight (a template, a Merkle tree and a redraw).
  const staleCandidate = redrawScheduler(
    () => phase === 'ready' && walk.tries === 0 && freshCandidate(),
    BURST_REDRAW_MS,
    section,
  );
  const onNode = (event: { type: string }) => {
    if (event.type === 'block' || event.type === 'mempool') staleCandidate.schedule();
  };

  render();
  section.hidden = false;
  const unbinds = [
    bind(el.run, 'click', onRun),
    bind(el.step, 'click', onStep),
    bind(el.stop, 'click', onStop),
    bind(el.renew, 'click', freshCandidate),
    bind(el.again, 'click', () => void again()),
    bind(el.series, 'click', () => void series()),
    bind(el.difficulty, 'input', onDifficulty),
    bind(el.speed, 'change', () => {
      speed = parseSpeed(el.speed.value) ?? speed;
    }),
    node.subscribe(onNode),
    staleCandidate.cancel,
  ];
  return () => {
    token++;
    for (const unbind of unbinds) unbind();
    section.hidden = true;
  };
}
