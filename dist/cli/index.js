#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/errors.ts
/** Bad input the user can fix: reported as one line, never as a stack trace. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}

;// CONCATENATED MODULE: ./src/ingest/text.ts
/** Text helpers shared by the readers: line endings, BOM, rule lines. */
function normaliseNewlines(text) {
    const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return withoutBom.indexOf('\r') === -1 ? withoutBom : withoutBom.replace(/\r\n?/g, '\n');
}
/** A line made only of one repeated character (`====`, `----`), at least `min` long. */
function isRuleLine(line, char, min = 20) {
    const trimmed = line.trimEnd();
    if (trimmed.length < min)
        return false;
    for (let i = 0; i < trimmed.length; i++)
        if (trimmed[i] !== char)
            return false;
    return true;
}
const PATCH_SET_IN_TEXT = /\b(?:Uploaded patch set|Patch Set|patchset|Patchset)[ :]?(\d{1,6})\b/i;
/** Patch set a message speaks of: "Patch Set 13: Verified-1", "Uploaded patch set 13.". */
function patchSetMentioned(body) {
    const head = body.slice(0, 400);
    if (!/patch ?set/i.test(head))
        return null;
    const match = PATCH_SET_IN_TEXT.exec(head);
    return match ? Number(match[1]) : null;
}

;// CONCATENATED MODULE: ./src/ingest/gerrit-export.ts


/**
 * Reads Gerrit's plain-text review export: sections between `=` rule lines
 * (DESCRIPTION with the commit message, COMMENTS), and in COMMENTS one
 * Author/Date/Message block per message, blocks closed by `-` rule lines.
 */
function looksLikeGerritExport(text) {
    const head = normaliseNewlines(text.slice(0, 4096)).split('\n', 40);
    const firstContent = head.find((line) => line.trim() !== '');
    if (firstContent === undefined || !isRuleLine(firstContent, '='))
        return false;
    return head.some((line) => line.startsWith('DESCRIPTION:') || line.trim() === 'COMMENTS');
}
function splitSections(lines) {
    const sections = [];
    let current = null;
    for (const line of lines) {
        if (isRuleLine(line, '=')) {
            // A rule right under a section title underlines it ("COMMENTS" then "===="):
            // the section's text follows. Any other rule ends the section.
            if (current === null || current.lines.some((l) => l.trim() !== ''))
                current = null;
            continue;
        }
        if (current === null) {
            if (line.trim() === '')
                continue;
            current = { title: line.trim().replace(/:$/, ''), lines: [] };
            // DESCRIPTION: may carry text on its own line ("DESCRIPTION: foo").
            const rest = line.slice(line.indexOf(':') + 1).trim();
            if (line.includes(':') && rest !== '')
                current.lines.push(rest);
            sections.push(current);
            continue;
        }
        current.lines.push(line);
    }
    return sections;
}
function changeFromDescription(lines) {
    const subject = lines.find((line) => line.trim() !== '')?.trim() ?? null;
    let id = null;
    for (const line of lines) {
        const match = /^Change-Id:\s*(I[0-9a-f]{8,40})\s*$/.exec(line.trim());
        if (match)
            id = match[1];
    }
    return { id, subject };
}
function isBlockEnd(lines, index) {
    if (!isRuleLine(lines[index], '-'))
        return false;
    // A dashed line inside a message (a markdown rule) is followed by more text,
    // a real separator by the next Author: line or the end of the section.
    for (let j = index + 1; j < lines.length; j++) {
        if (lines[j].trim() === '')
            continue;
        return lines[j].startsWith('Author:');
    }
    return true;
}
function readMessageBlocks(lines) {
    const messages = [];
    let i = 0;
    let unterminated = false;
    let lastUploaded = null;
    while (i < lines.length) {
        if (!lines[i].startsWith('Author:')) {
            i++;
            continue;
        }
        const author = lines[i].slice('Author:'.length).trim() || null;
        i++;
        let date = null;
        if (i < lines.length && lines[i].startsWith('Date:')) {
            date = lines[i].slice('Date:'.length).trim() || null;
            i++;
        }
        const body = [];
        if (i < lines.length && lines[i].startsWith('Message:')) {
            const inline = lines[i].slice('Message:'.length).trim();
            if (inline !== '')
                body.push(inline);
            i++;
        }
        let closed = false;
        while (i < lines.length) {
            if (isBlockEnd(lines, i)) {
                closed = true;
                i++;
                break;
            }
            body.push(lines[i]);
            i++;
        }
        if (!closed)
            unterminated = true;
        const text = body.join('\n').replace(/\s+$/, '');
        const mentioned = patchSetMentioned(text);
        if (mentioned !== null && /^Uploaded patch set/i.test(text))
            lastUploaded = mentioned;
        messages.push({ author, date, body: text, patchSet: mentioned ?? lastUploaded });
    }
    return { messages, unterminated };
}
function parseGerritExport(text, sourceName) {
    const lines = normaliseNewlines(text).split('\n');
    const sections = splitSections(lines);
    const description = sections.find((s) => s.title.toUpperCase() === 'DESCRIPTION');
    const comments = sections.find((s) => s.title.toUpperCase() === 'COMMENTS');
    if (!description && !comments) {
        throw new InputError(`${sourceName}: not a Gerrit export (no DESCRIPTION or COMMENTS section)`);
    }
    if (!comments) {
        throw new InputError(`${sourceName}: truncated Gerrit export: it has no COMMENTS section`);
    }
    const { messages, unterminated } = readMessageBlocks(comments.lines);
    if (unterminated) {
        const last = messages[messages.length - 1];
        throw new InputError(`${sourceName}: truncated Gerrit export: the message by ${last?.author ?? 'unknown'} ends without its closing rule line`);
    }
    const change = description ? changeFromDescription(description.lines) : { id: null, subject: null };
    const patchSets = messages.map((m) => m.patchSet).filter((n) => n !== null);
    return {
        format: 'gerrit-export',
        change: { ...change, patchSet: patchSets.length ? Math.max(...patchSets) : null },
        messages,
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./src/ingest/plain-text.ts

/** A plain text file: one bot comment or one log, read as a single message. */
function parsePlainText(text) {
    const body = normaliseNewlines(text);
    const patchSet = patchSetMentioned(body);
    return {
        format: 'text',
        change: { id: null, subject: null, patchSet },
        messages: [{ author: null, date: null, body, patchSet }],
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./src/ingest/index.ts



const INPUT_FORMATS = ['gerrit-export', 'text'];
function isInputFormat(value) {
    return INPUT_FORMATS.includes(value);
}
/** Chooses the reader from the text itself. */
function detectFormat(text) {
    if (looksLikeGerritExport(text))
        return 'gerrit-export';
    return 'text';
}
/** Rejects input no reader should see: empty, or binary. */
function checkReadableText(text, sourceName) {
    if (text.trim() === '')
        throw new InputError(`${sourceName}: the file is empty`);
    const sample = text.slice(0, 8192);
    let control = 0;
    for (let i = 0; i < sample.length; i++) {
        const code = sample.charCodeAt(i);
        if (code === 0)
            throw new InputError(`${sourceName}: binary file (it contains NUL bytes), expected text`);
        if ((code < 9 || (code > 13 && code < 32 && code !== 27)) || code === 0xfffd)
            control++;
    }
    if (control > sample.length / 10) {
        throw new InputError(`${sourceName}: binary file (mostly non-text bytes), expected text`);
    }
}
function readReview(text, sourceName, format) {
    checkReadableText(text, sourceName);
    const chosen = format ?? detectFormat(text);
    switch (chosen) {
        case 'gerrit-export':
            return parseGerritExport(text, sourceName);
        case 'text':
            return parsePlainText(text);
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/read-input.ts


/** Reads a file (or stdin for `-`) as UTF-8 text, with one-line errors a user can act on. */
async function readInputFile(path, stdin = process.stdin) {
    if (path === '-') {
        const chunks = [];
        for await (const chunk of stdin)
            chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        return decode(Buffer.concat(chunks), 'standard input');
    }
    let bytes;
    try {
        const info = await (0,promises_namespaceObject.stat)(path);
        if (info.isDirectory())
            throw new InputError(`${path}: is a directory, expected a file`);
        bytes = await (0,promises_namespaceObject.readFile)(path);
    }
    catch (error) {
        if (error instanceof InputError)
            throw error;
        const code = error.code;
        if (code === 'ENOENT')
            throw new InputError(`${path}: no such file`);
        if (code === 'EACCES' || code === 'EPERM')
            throw new InputError(`${path}: permission denied`);
        throw new InputError(`${path}: cannot read (${code ?? error.message})`);
    }
    return decode(bytes, path);
}
function decode(bytes, name) {
    if (bytes.subarray(0, 8192).includes(0))
        throw new InputError(`${name}: binary file (it contains NUL bytes), expected text`);
    return bytes.toString('utf8');
}

;// CONCATENATED MODULE: ./src/reports/job-line.ts
/** Result words the bots write, mapped to the spec's statuses. */
const STATUS_WORDS = {
    SUCCESS: 'success',
    FAILURE: 'failure',
    FAILED: 'failure',
    UNSTABLE: 'unstable',
    ABORTED: 'aborted',
    NOT_BUILT: 'not_built',
    // Zuul results (elastic-recheck, zuul/model.py).
    POST_FAILURE: 'failure',
    RETRY_LIMIT: 'failure',
    NODE_FAILURE: 'failure',
    MERGER_FAILURE: 'failure',
    TIMED_OUT: 'failure',
    ERROR: 'failure',
    SKIPPED: 'not_built',
    CANCELED: 'aborted',
    CANCELLED: 'aborted',
    LOST: 'unknown',
};
function isUrl(token) {
    return token.startsWith('http://') || token.startsWith('https://');
}
/**
 * Reads `<url> : <RESULT>` (Jenkins Gerrit Trigger) and `- <name> <url> : <RESULT> …`
 * (Zuul). Tokenised by hand: linear whatever the line holds.
 */
function parseJobLine(line) {
    if (line.indexOf('://') === -1 || line.indexOf(' : ') === -1)
        return null;
    const tokens = line.trim().split(/\s+/);
    if (tokens.length > 64)
        return null;
    let start = 0;
    if (tokens[0] === '-' || tokens[0] === '*')
        start = 1;
    let name = null;
    let urlIndex = start;
    if (!isUrl(tokens[start] ?? '')) {
        if (!isUrl(tokens[start + 1] ?? ''))
            return null;
        name = tokens[start];
        urlIndex = start + 1;
    }
    if (tokens[urlIndex + 1] !== ':')
        return null;
    const resultWord = tokens[urlIndex + 2] ?? '';
    const status = STATUS_WORDS[resultWord];
    if (status === undefined)
        return null;
    const afterColon = line.indexOf(resultWord, line.indexOf(' : ') + 3) + resultWord.length;
    return { name, url: tokens[urlIndex], resultWord, status, rest: line.slice(afterColon).trim() };
}
/** Job name and build number from a CI URL: Jenkins `/job/a/job/b/42/`, GitHub `/actions/runs/1/job/2`. */
function jobFromUrl(url) {
    let path;
    try {
        path = new URL(url).pathname;
    }
    catch {
        path = url;
    }
    const segments = path.split('/').filter((s) => s !== '');
    const jenkinsNames = [];
    let build = null;
    for (let i = 0; i < segments.length; i++) {
        if (segments[i] === 'job' && i + 1 < segments.length && !/^\d+$/.test(segments[i + 1])) {
            jenkinsNames.push(decodeURIComponent(segments[i + 1]));
            i++;
            if (i + 1 < segments.length && /^\d+$/.test(segments[i + 1]))
                build = Number(segments[i + 1]);
        }
    }
    if (jenkinsNames.length > 0)
        return { name: jenkinsNames.join('/'), build };
    const runs = segments.indexOf('runs');
    if (runs !== -1 && /^\d+$/.test(segments[runs + 1] ?? '')) {
        return { name: segments.slice(0, runs).filter((s) => s !== 'actions').join('/') || 'run', build: Number(segments[runs + 1]) };
    }
    const numeric = [...segments].reverse().find((s) => /^\d+$/.test(s));
    const named = [...segments].reverse().find((s) => !/^\d+$/.test(s));
    return { name: named ? decodeURIComponent(named) : url, build: numeric ? Number(numeric) : null };
}

;// CONCATENATED MODULE: ./src/reports/gerrit-trigger.ts

/**
 * Jenkins Gerrit Trigger (+ Build Failure Analyzer) reports, as the Couchbase
 * Build Bot writes them:
 *
 *   Patch Set 13: Verified-1
 *   Build Failed
 *   <build url> : FAILURE
 *   <cause text> ( <build url> )
 *
 * Each job line owns the text up to the next job line; a BFA cause that ends
 * with `( <url> )` belongs to the job with that URL wherever it stands.
 */
const VERDICTS = [
    ['build failed', 'failed'],
    ['build successful', 'successful'],
    ['build succeeded', 'successful'],
    ['build unstable', 'unstable'],
    ['build started', 'started'],
    ['build aborted', 'aborted'],
];
function readVerdict(body) {
    const head = body.slice(0, 600).toLowerCase();
    for (const [words, verdict] of VERDICTS)
        if (head.includes(words))
            return verdict;
    return null;
}
function readVote(body) {
    const match = /\bVerified([+-]\d)\b/.exec(body.slice(0, 400));
    return match ? Number(match[1]) : null;
}
/** `( <url> )` at the end of a BFA cause, naming the build it was found in. */
function trailingBuildUrl(text) {
    const trimmed = text.trimEnd();
    if (!trimmed.endsWith(')'))
        return null;
    const open = trimmed.lastIndexOf('( ');
    if (open === -1)
        return null;
    const inner = trimmed.slice(open + 1, -1).trim();
    return inner.startsWith('http') && !/\s/.test(inner) ? inner : null;
}
function sameBuild(a, b) {
    const strip = (u) => u.replace(/\/+$/, '');
    return strip(a) === strip(b);
}
function parseGerritTriggerReport(message) {
    const lines = message.body.split('\n');
    const jobs = [];
    const owned = [];
    const preamble = [];
    for (const line of lines) {
        const jobLine = parseJobLine(line);
        if (jobLine) {
            const fromUrl = jobFromUrl(jobLine.url);
            jobs.push({
                name: jobLine.name ?? fromUrl.name,
                url: jobLine.url,
                build: fromUrl.build,
                status: jobLine.status,
                patchSet: message.patchSet,
                text: jobLine.rest,
            });
            owned.push([]);
            continue;
        }
        if (owned.length === 0)
            preamble.push(line);
        else
            owned[owned.length - 1].push(line);
    }
    if (jobs.length === 0)
        return null;
    // Split each job's text into paragraphs and move BFA causes to the job they name.
    const texts = jobs.map(() => []);
    owned.forEach((ownLines, index) => {
        for (const paragraph of ownLines.join('\n').split(/\n\s*\n/)) {
            if (paragraph.trim() === '')
                continue;
            const url = trailingBuildUrl(paragraph);
            const target = url ? jobs.findIndex((job) => job.url !== null && sameBuild(job.url, url)) : -1;
            texts[target === -1 ? index : target].push(paragraph);
        }
    });
    jobs.forEach((job, index) => {
        job.text = [job.text, ...texts[index]].filter((t) => t.trim() !== '').join('\n\n');
    });
    return {
        dialect: 'gerrit-trigger',
        author: message.author,
        date: message.date,
        patchSet: message.patchSet,
        verdict: readVerdict(preamble.join('\n')),
        vote: readVote(message.body),
        jobs,
    };
}

;// CONCATENATED MODULE: ./src/reports/index.ts

/** Every CI report found in the review's messages, in message order. */
function findBotReports(review) {
    const reports = [];
    for (const message of review.messages) {
        const report = parseGerritTriggerReport(message);
        if (report)
            reports.push(report);
    }
    return reports;
}
/**
 * The newest report of each patch set, newest patch set first. A later
 * message about the same patch set (a recheck) replaces the earlier one; a
 * "Build Started" notice without results never replaces a finished report.
 */
function latestReportPerPatchSet(reports) {
    const byPatchSet = new Map();
    for (const report of reports) {
        const hasResults = report.jobs.some((job) => job.status !== 'unknown');
        const previous = byPatchSet.get(report.patchSet);
        if (previous && !hasResults)
            continue;
        byPatchSet.set(report.patchSet, report);
    }
    return [...byPatchSet.values()].sort((a, b) => (b.patchSet ?? -1) - (a.patchSet ?? -1));
}

;// CONCATENATED MODULE: ./src/diagnostics/location.ts
/** Reading the `file:line:col` part that precedes a diagnostic. */
// Words that bots and CI systems put before a location (BFA's "Compile error at").
const PREFIXES = ['Compile error at ', 'Compilation error at ', 'Error at '];
function isDigits(text) {
    if (text.length === 0 || text.length > 9)
        return false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return true;
}
/** Where the path starts in text that may carry a prefix (a tag, a timestamp, a bot's words). */
function pathStart(text) {
    for (const prefix of PREFIXES) {
        const at = text.lastIndexOf(prefix);
        if (at !== -1)
            return at + prefix.length;
    }
    // A Windows drive path may contain spaces ("C:\Program Files\…"): start at the drive letter.
    for (let i = text.length - 3; i >= 0; i--) {
        if (text[i + 1] === ':' && (text[i + 2] === '\\' || text[i + 2] === '/') && /[A-Za-z]/.test(text[i])) {
            if (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '"' || text[i - 1] === '\'')
                return i;
        }
    }
    const space = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t'));
    return space + 1;
}
/** `path:line:col`, `path:line`, or a bare `path`, with any prefix before the path dropped. */
function parseColonLocation(text) {
    let rest = text.trimEnd();
    if (rest.endsWith(':'))
        rest = rest.slice(0, -1);
    const numbers = [];
    for (let k = 0; k < 2; k++) {
        const colon = rest.lastIndexOf(':');
        if (colon <= 0)
            break;
        const tail = rest.slice(colon + 1);
        if (!isDigits(tail))
            break;
        numbers.unshift(Number(tail));
        rest = rest.slice(0, colon);
    }
    const file = rest.slice(pathStart(rest)).trim();
    if (file === '' || file.length > 1024)
        return null;
    return { file, line: numbers[0] ?? null, column: numbers[1] ?? null };
}

;// CONCATENATED MODULE: ./src/diagnostics/gcc.ts

/**
 * GCC and Clang diagnostics: `file:line:col: error: message` (also without a
 * column, `fatal error:`, `warning:`), and the split form Build Failure
 * Analyzer writes: `Compile error at file:line:col:` then `error: message`.
 */
const SEVERITY_MARKERS = [
    [': fatal error: ', 'fatal'],
    [': error: ', 'error'],
    [': warning: ', 'warning'],
];
/** One `file:line:col: severity: message` line, or null. */
function parseGnuDiagnosticLine(text) {
    for (const [marker, severity] of SEVERITY_MARKERS) {
        const at = text.indexOf(marker);
        if (at === -1)
            continue;
        const location = parseColonLocation(text.slice(0, at));
        if (!location || location.line === null)
            continue;
        return { severity, ...location, message: text.slice(at + marker.length).trim() };
    }
    return null;
}
/** `Compile error at file:line:col:` with the message on the next line. */
function parseSplitLocationLine(text) {
    const trimmed = text.trimEnd();
    if (!trimmed.endsWith(':') || !/\d:$/.test(trimmed))
        return null;
    if (trimmed.indexOf(' error at ') === -1 && !trimmed.startsWith('Compile error at'))
        return null;
    const location = parseColonLocation(trimmed);
    return location && location.line !== null ? location : null;
}
/** `error: message` as the second half of the split form. */
function parseBareSeverityLine(text) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('fatal error: '))
        return { severity: 'fatal', message: trimmed.slice(13).trim() };
    if (trimmed.startsWith('error: '))
        return { severity: 'error', message: trimmed.slice(7).trim() };
    if (trimmed.startsWith('warning: '))
        return { severity: 'warning', message: trimmed.slice(9).trim() };
    return null;
}
// Wording only one of the two compilers uses: enough to say which printed a line.
const CLANG_WORDING = [
    '(aka ', 'type mismatch at ', 'use of undeclared identifier', 'no member named', 'assigning to ',
    'from incompatible type', 'cannot initialize ', 'no viable ', '[-Werror,', 'file not found',
    'incompatible function pointer types', 'unknown type name', 'errors generated',
];
const GCC_WORDING = [
    '{aka ', '[-fpermissive]', 'was not declared in this scope', 'has no member named', 'invalid conversion from',
    '[-Werror=', 'No such file or directory', 'does not name a type', 'expected primary-expression',
    'from incompatible pointer type', 'marked \'override\', but does not override',
];
function gnuToolFromWording(message) {
    const normalised = message.replace(/"/g, '\'');
    if (CLANG_WORDING.some((w) => normalised.includes(w)))
        return 'clang';
    if (GCC_WORDING.some((w) => normalised.includes(w)))
        return 'gcc';
    return null;
}
function gnuDiagnostic(parsed, context = []) {
    return {
        tool: gnuToolFromWording(parsed.message),
        severity: parsed.severity,
        file: parsed.file,
        line: parsed.line,
        column: parsed.column,
        code: null,
        message: parsed.message,
        context,
    };
}

;// CONCATENATED MODULE: ./src/diagnostics/msvc.ts

/**
 * MSVC diagnostics: `file(line[,col]): error CNNNN: message`. The severity word
 * is localised ("Fehler", "erreur", ...); the code and the line's shape are not,
 * so the code decides. MSBuild appends ` [C:\path\project.vcxproj]`.
 */
// Bounded quantifiers only: a hostile line cannot make this backtrack far.
const MSVC_TAIL = /^\((\d{1,9})(?:,(\d{1,9}))?(?:,\d{1,9},\d{1,9})?\)\s?:\s{0,4}(?:[^\s:]{1,24}\s){0,3}([A-Z]{1,3}\d{4})\s?:\s?(.*)$/;
function severityOfMsvcCode(code, words) {
    const lowered = words.toLowerCase();
    if (/^C4\d{3}$/.test(code) || lowered.includes('warn') || lowered.includes('avertissement') || lowered.includes('avviso') || lowered.includes('advertencia') || lowered.includes('警告') || lowered.includes('предупрежд'))
        return 'warning';
    if (/^C1\d{3}$/.test(code) || /^LNK1\d{3}$/.test(code) || lowered.includes('fatal'))
        return 'fatal';
    return 'error';
}
function parseMsvcDiagnosticLine(text) {
    // Cheap checks first: "): " and a code-looking token.
    const close = text.indexOf('): ');
    const closeNoSpace = close === -1 ? text.indexOf('):') : close;
    if (closeNoSpace === -1)
        return null;
    // The location's "(" is the last one before "):".
    const open = text.lastIndexOf('(', closeNoSpace);
    if (open <= 0)
        return null;
    const match = MSVC_TAIL.exec(text.slice(open));
    if (!match)
        return null;
    const head = text.slice(0, open);
    const file = head.slice(pathStart(head)).trim();
    if (file === '')
        return null;
    const words = text.slice(closeNoSpace + 2, text.indexOf(match[3], closeNoSpace));
    let message = match[4].trim();
    const project = message.lastIndexOf(' [');
    if (project !== -1 && message.endsWith(']') && /\.(vcx|cs|vb)proj\]$/i.test(message))
        message = message.slice(0, project).trim();
    return {
        tool: 'msvc',
        severity: severityOfMsvcCode(match[3], words),
        file,
        line: Number(match[1]),
        column: match[2] ? Number(match[2]) : null,
        code: match[3],
        message,
        context: [],
    };
}

;// CONCATENATED MODULE: ./src/diagnostics/index.ts


/** Lines longer than this are cut before parsing: no diagnostic needs more. */
const MAX_LINE_LENGTH = 8192;
/** Lines that belong to the diagnostic above them: notes, carets, candidates. */
function isContinuation(line) {
    if (line.trim() === '')
        return false;
    if (line.includes(': note: ') || line.startsWith('note: '))
        return true;
    return line.startsWith(' ') || line.startsWith('\t');
}
// BFA closes each cause with "( <build url> )": not part of the diagnostic.
function stripBuildUrlSuffix(message) {
    const trimmed = message.trimEnd();
    if (!trimmed.endsWith(')'))
        return trimmed;
    const open = trimmed.lastIndexOf(' ( http');
    return open === -1 ? trimmed : trimmed.slice(0, open).trimEnd();
}
/** One line → a diagnostic of any tool we know, or null. Cheap checks first. */
function parseDiagnosticLine(line) {
    if (line.indexOf(': ') === -1)
        return null;
    const gnu = parseGnuDiagnosticLine(line);
    if (gnu)
        return gnuDiagnostic(gnu);
    if (line.indexOf(')') !== -1)
        return parseMsvcDiagnosticLine(line);
    return null;
}
/**
 * Reads diagnostics line by line, keeping only the little state multi-line
 * forms need (a split location line, the diagnostic that notes attach to), so
 * a log can be fed to it as a stream.
 */
class DiagnosticScanner {
    found = [];
    last = null;
    lastForNotes = null;
    linesSinceLast = 0;
    pendingLocation = null;
    push(rawLine) {
        const line = rawLine.length > MAX_LINE_LENGTH ? rawLine.slice(0, MAX_LINE_LENGTH) : rawLine;
        if (this.pendingLocation) {
            const location = this.pendingLocation;
            this.pendingLocation = null;
            const bare = parseBareSeverityLine(line);
            if (bare) {
                this.emit(gnuDiagnostic({ ...location, ...bare }));
                return;
            }
        }
        const diagnostic = parseDiagnosticLine(line);
        if (diagnostic) {
            this.emit(diagnostic);
            return;
        }
        if (line.trimEnd().endsWith(':')) {
            const location = parseSplitLocationLine(line);
            if (location) {
                this.pendingLocation = location;
                this.last = null;
                return;
            }
        }
        // Notes belong to the last diagnostic even after Clang's unindented source echo.
        if (this.lastForNotes && (line.includes(': note: ') || line.startsWith('note: ')) && this.linesSinceLast < 40) {
            if (this.lastForNotes.context.length < 50)
                this.lastForNotes.context.push(line);
            this.last = this.lastForNotes;
            return;
        }
        this.linesSinceLast++;
        if (this.last && isContinuation(line)) {
            const continuation = stripBuildUrlSuffix(line);
            if (this.last.context.length < 50 && continuation.trim() !== '' && !continuation.trim().startsWith('( http')) {
                this.last.context.push(continuation);
            }
            return;
        }
        this.last = null;
    }
    emit(diagnostic) {
        diagnostic.message = stripBuildUrlSuffix(diagnostic.message);
        this.found.push(diagnostic);
        this.last = diagnostic;
        this.lastForNotes = diagnostic;
        this.linesSinceLast = 0;
    }
    finish() {
        return this.found;
    }
}
/** Every compiler diagnostic in a text (a bot's quote or a log), in order. */
function parseDiagnostics(text) {
    const scanner = new DiagnosticScanner();
    let start = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        scanner.push(text.slice(start, end));
        start = end + 1;
    }
    return scanner.finish();
}

;// CONCATENATED MODULE: ./src/classify/categories.ts
/** Stage and a plain-language label of every public category id (spec: categories.md). */
const CATEGORIES = {
    'signature-mismatch': { stage: 'compile', label: 'Function signature mismatch' },
    'type-conversion': { stage: 'compile', label: 'Invalid type conversion' },
    'undeclared-identifier': { stage: 'compile', label: 'Undeclared identifier' },
    'no-member': { stage: 'compile', label: 'No such member' },
    'no-matching-function': { stage: 'compile', label: 'No matching function' },
    'missing-header': { stage: 'compile', label: 'Header not found' },
    'syntax-error': { stage: 'compile', label: 'Syntax error' },
    'incomplete-type': { stage: 'compile', label: 'Incomplete type' },
    redefinition: { stage: 'compile', label: 'Redefinition' },
    'override-mismatch': { stage: 'compile', label: 'Override mismatch' },
    'warning-as-error': { stage: 'compile', label: 'Warning treated as error' },
    'deleted-function': { stage: 'compile', label: 'Use of deleted function' },
    'ambiguous-call': { stage: 'compile', label: 'Ambiguous call' },
    'other-compile-error': { stage: 'compile', label: 'Compile error' },
    'undefined-symbol': { stage: 'link', label: 'Undefined symbol' },
    'duplicate-symbol': { stage: 'link', label: 'Duplicate symbol' },
    'missing-library': { stage: 'link', label: 'Library not found' },
    'test-failure': { stage: 'test', label: 'Test failure' },
    'test-timeout': { stage: 'test', label: 'Test timeout' },
    'memory-error': { stage: 'runtime', label: 'Memory error (AddressSanitizer)' },
    'data-race': { stage: 'runtime', label: 'Data race (ThreadSanitizer)' },
    'undefined-behavior': { stage: 'runtime', label: 'Undefined behaviour (UBSan)' },
    'memory-leak': { stage: 'runtime', label: 'Memory leak (LeakSanitizer)' },
    crash: { stage: 'runtime', label: 'Crash' },
    'format-check': { stage: 'lint', label: 'Formatting check failed' },
    'static-analysis': { stage: 'lint', label: 'Static analysis finding' },
    infrastructure: { stage: 'infra', label: 'Infrastructure failure' },
    timeout: { stage: 'infra', label: 'Job timed out or aborted' },
    unknown: { stage: 'unknown', label: 'Unexplained failure' },
};
function isCategoryId(value) {
    return Object.prototype.hasOwnProperty.call(CATEGORIES, value);
}
function stageOf(category) {
    return CATEGORIES[category].stage;
}

;// CONCATENATED MODULE: ./src/classify/cpp-types.ts
/**
 * Just enough of C++ type syntax to compare two function types as compilers
 * print them: GCC `R (*)(A*, const B*)`, Clang `R (A *, const B *)`, MSVC
 * `R (__cdecl *)(A *,const B *)`, `std::function<R(A)>`.
 */
const CALLING_CONVENTIONS = /\b__(?:cdecl|stdcall|fastcall|thiscall|vectorcall|clrcall|pascal)\b/g;
const ELABORATED = /\b(?:struct|class|enum|union|typename)\s+/g;
const INTEGER_WORDS = new Set(['signed', 'unsigned', 'short', 'long', 'int', 'char']);
/** `long int` → `long`, `long unsigned int` → `unsigned long`, `unsigned` → `unsigned int`: GCC and Clang spell these differently. */
function canonicalInteger(words) {
    const count = (w) => words.filter((x) => x === w).length;
    const sign = count('unsigned') ? 'unsigned ' : count('signed') && count('char') ? 'signed ' : '';
    if (count('char'))
        return `${sign}char`;
    const size = count('short') ? 'short' : count('long') >= 2 ? 'long long' : count('long') ? 'long' : 'int';
    return `${sign}${size}`;
}
function canonicalIntegerTypes(text) {
    const tokens = text.match(/[A-Za-z_]\w*|\s+|[^\w\s]/g) ?? [];
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        if (!INTEGER_WORDS.has(tokens[i])) {
            out.push(tokens[i]);
            continue;
        }
        const words = [tokens[i]];
        let j = i + 1;
        while (j + 1 < tokens.length && /^\s+$/.test(tokens[j]) && INTEGER_WORDS.has(tokens[j + 1])) {
            words.push(tokens[j + 1]);
            j += 2;
        }
        out.push(canonicalInteger(words));
        i = j - 1;
    }
    return out.join('');
}
/** One spelling per type: no calling conventions, no elaborated keywords, no spaces around punctuation. */
function normaliseCppType(type) {
    let text = type.replace(CALLING_CONVENTIONS, ' ').replace(ELABORATED, '');
    text = canonicalIntegerTypes(text.replace(/\s+/g, ' ').trim());
    // Remove spaces next to punctuation, keep those between words ("const void").
    text = text.replace(/ ?([*&,()<>[\]{}]) ?/g, '$1');
    // `>>` closing nested templates is printed `> >` by old compilers.
    text = text.replace(/> >/g, '>>');
    // West const: `T const*` → `const T*` where T is one word.
    text = text.replace(/(^|[(,<])([A-Za-z_][\w:]*) const(?=[*&,)>]|$)/g, '$1const $2');
    // `(*)` left empty by a removed calling convention: `( *)` → `(*)` is done above.
    return text;
}
const FUNCTION_WRAPPERS = ['std::function<', 'function<', 'std::move_only_function<', 'function_ref<', 'std::function_ref<'];
function matchingOpen(text, close) {
    let depth = 0;
    for (let i = close; i >= 0; i--) {
        const c = text[i];
        if (c === ')' || c === '>' || c === ']')
            depth++;
        else if (c === '(' || c === '<' || c === '[') {
            depth--;
            if (depth === 0)
                return c === '(' ? i : -1;
        }
    }
    return -1;
}
/** Splits on commas outside any bracket. */
function splitTopLevel(text, separator = ',') {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '(' || c === '<' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === '>' || c === ']' || c === '}')
            depth = Math.max(0, depth - 1);
        else if (c === separator && depth === 0) {
            parts.push(text.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(text.slice(start));
    return parts.map((p) => p.trim());
}
const TRAILING_QUALIFIER = /(?:\s?(?:noexcept(?:\([^()]{0,64}\))?|const|volatile|&&|&|throw\(\)|override|final))$/;
/** Parses a normalised or raw function type; null when it is not one. */
function parseFunctionType(raw) {
    let text = normaliseCppType(raw);
    if (text.length > 4096)
        return null;
    for (const wrapper of FUNCTION_WRAPPERS) {
        if (text.startsWith(wrapper) && text.endsWith('>')) {
            return parseFunctionType(text.slice(wrapper.length, -1));
        }
    }
    let qualifiers = '';
    for (let k = 0; k < 4; k++) {
        const match = TRAILING_QUALIFIER.exec(text);
        if (!match || match[0].trim() === '')
            break;
        qualifiers = (match[0].trim() + ' ' + qualifiers).trim();
        text = text.slice(0, text.length - match[0].length).trimEnd();
    }
    if (!text.endsWith(')'))
        return null;
    const open = matchingOpen(text, text.length - 1);
    if (open <= 0)
        return null;
    const paramText = text.slice(open + 1, -1);
    let head = text.slice(0, open).trimEnd();
    let pointer = false;
    // `R (*)`, `R (&)`, `R (Class::*)`, `R (* const)`.
    if (head.endsWith(')')) {
        const innerOpen = matchingOpen(head, head.length - 1);
        if (innerOpen <= 0)
            return null;
        const declarator = head.slice(innerOpen + 1, -1).trim();
        if (!/^(?:[\w:]*::)?[*&](?:const)?$/.test(declarator.replace(/\s/g, '')))
            return null;
        pointer = true;
        head = head.slice(0, innerOpen).trimEnd();
    }
    const returnType = head.trim();
    if (returnType === '' || /[(),]$/.test(returnType))
        return null;
    const params = paramText === '' || paramText === 'void' ? [] : splitTopLevel(paramText);
    if (params.some((p) => p === ''))
        return null;
    return { returnType, params, pointer, qualifiers };
}
function withoutConst(type) {
    return type.replace(/\bconst\b ?/g, '').replace(/ ?\bvolatile\b/g, '').trim();
}
function formatFunctionType(type) {
    return `${type.returnType} (${type.pointer ? '*' : ''})(${type.params.join(', ')})`.replace(' ()(', '(').replace(' (*)(', ' (*)(');
}
/**
 * How `actual` differs from `expected`, both function types: the first
 * differing parameter (1-based) and whether only `const` differs, or the
 * parameter count, or the return type. Null when they do not differ or are not
 * both function types. A function and a pointer to it count as the same.
 */
function compareFunctionTypes(expectedRaw, actualRaw) {
    const expected = parseFunctionType(expectedRaw);
    const actual = parseFunctionType(actualRaw);
    if (!expected || !actual)
        return null;
    const expectedSignature = formatFunctionType(expected);
    const actualSignature = formatFunctionType(actual);
    const base = { expectedSignature, actualSignature };
    if (expected.params.length !== actual.params.length) {
        return {
            parameter: null,
            difference: 'count',
            expected: String(expected.params.length),
            actual: String(actual.params.length),
            ...base,
        };
    }
    for (let i = 0; i < expected.params.length; i++) {
        const e = expected.params[i];
        const a = actual.params[i];
        if (e === a)
            continue;
        const difference = withoutConst(e) === withoutConst(a) ? 'const' : 'type';
        return { parameter: i + 1, difference, expected: e, actual: a, ...base };
    }
    if (expected.returnType !== actual.returnType) {
        return { parameter: null, difference: 'return', expected: expected.returnType, actual: actual.returnType, ...base };
    }
    if (expected.qualifiers !== actual.qualifiers) {
        const difference = withoutConst(expected.qualifiers) === withoutConst(actual.qualifiers) ? 'const' : 'type';
        return { parameter: null, difference, expected: expected.qualifiers || '(none)', actual: actual.qualifiers || '(none)', ...base };
    }
    return null;
}
function isFunctionType(raw) {
    return parseFunctionType(raw) !== null;
}

;// CONCATENATED MODULE: ./src/classify/quoted.ts
/**
 * Quoted names and types in compiler messages. Compilers quote with '…'
 * (C locale), ‘…’ (UTF-8 locale) or "…" (MSVC, and any text that passed through
 * Build Failure Analyzer, which turns every ' into "). Typedefs come with their
 * expansion: GCC 8+ `'T' {aka 'U'}`, GCC 7 `'T {aka U}'`, Clang `'T' (aka 'U')`.
 */
/** Every quote character becomes `'`. */
function unifyQuotes(message) {
    return message.replace(/[‘’“”"`´]/g, '\'');
}
function splitInnerAka(text) {
    const at = text.indexOf(' {aka ');
    if (at !== -1 && text.endsWith('}')) {
        return { text: text.slice(0, at).trim(), aka: text.slice(at + 6, -1).trim() };
    }
    return { text, aka: null };
}
/**
 * Replaces quoted parts by placeholders so that the wording around them can be
 * matched with short, anchored patterns. Linear: one pass over the message.
 */
function extractQuoted(message) {
    const text = unifyQuotes(message);
    const quoted = [];
    let skeleton = '';
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c !== '\'') {
            skeleton += c;
            i++;
            continue;
        }
        // A quote inside a word (don't, it's) is not an opening quote.
        const prev = i > 0 ? text[i - 1] : ' ';
        const after = text[i + 1] ?? ' ';
        if (/[A-Za-z]/.test(prev) && /[A-Za-z]/.test(after)) {
            skeleton += c;
            i++;
            continue;
        }
        const close = findClosingQuote(text, i + 1);
        if (close === -1) {
            skeleton += text.slice(i);
            break;
        }
        const entry = splitInnerAka(text.slice(i + 1, close));
        i = close + 1;
        // Following ` {aka '…'}` or ` (aka '…')`.
        const rest = text.slice(i, i + 8);
        const akaOpen = rest.startsWith(' {aka \'') ? '}' : rest.startsWith(' (aka \'') ? ')' : null;
        if (akaOpen) {
            const akaClose = findClosingQuote(text, i + 7);
            if (akaClose !== -1 && text[akaClose + 1] === akaOpen) {
                entry.aka = text.slice(i + 7, akaClose);
                i = akaClose + 2;
            }
        }
        skeleton += `Q${quoted.length}`;
        quoted.push(entry);
    }
    return { skeleton, quoted };
}
/**
 * The quote that closes one opened at `from`: the next `'` that is followed by
 * something a closing quote is followed by (space, punctuation, end). Types
 * hold no quotes, so this is the next quote in practice.
 */
function findClosingQuote(text, from) {
    for (let j = from; j < text.length; j++) {
        if (text[j] !== '\'')
            continue;
        const next = text[j + 1];
        if (next === undefined || /[\s,.:;)\]}]/.test(next) || next === '\'')
            return j;
    }
    return -1;
}
/** The type a quoted part stands for: its expansion when the compiler gave one. */
function expanded(quoted) {
    return quoted.aka ?? quoted.text;
}

;// CONCATENATED MODULE: ./src/classify/signature.ts


/** Conversion wordings, on the message with quoted parts replaced by q0, q1, … (lower case). */
const CONVERSION_PATTERNS = [
    // GCC: invalid conversion from 'A' to 'B'; cannot convert 'A' to 'B'; MSVC: cannot convert (argument N) from 'A' to 'B'.
    [/(?:conversion|convert)(?: argument \d{1,3})? (?:from )?q(\d{1,3}) to q(\d{1,3})/, 'from-to'],
    // Clang: no viable conversion from 'A' to 'B'; note: no known conversion from 'A' to 'B' for 1st argument.
    [/conversion from q(\d{1,3}) to q(\d{1,3})/, 'from-to'],
    // Clang: assigning to 'B' from incompatible type 'A'; GCC C: assignment to 'B' from incompatible pointer type 'A'.
    [/(?:assigning|assignment) to q(\d{1,3}) from (?:incompatible )?(?:pointer )?(?:type )?q(\d{1,3})/, 'to-from'],
    // GCC C: initialization of 'B' from incompatible pointer type 'A'.
    [/initiali[sz]ation of q(\d{1,3}) from (?:incompatible )?(?:pointer )?(?:type )?q(\d{1,3})/, 'to-from'],
    // Clang: cannot initialize a variable / an array element / a parameter of type 'B' with an lvalue of type 'A'.
    [/of type q(\d{1,3}) with an? (?:[lrx]value|expression) of (?:incompatible )?type q(\d{1,3})/, 'to-from'],
    // Clang C: incompatible function pointer types initializing 'B' with an expression of type 'A'.
    [/initializing q(\d{1,3}) with an expression of (?:incompatible )?type q(\d{1,3})/, 'to-from'],
    // Clang C: incompatible function pointer types passing 'A' to parameter of type 'B'.
    [/passing q(\d{1,3}) to parameter of (?:incompatible )?type q(\d{1,3})/, 'from-to'],
    // Clang/GCC: returning 'A' from a function with result type 'B'.
    [/returning q(\d{1,3}) from a function with (?:result|incompatible return) type q(\d{1,3})/, 'from-to'],
    // GCC C note under "passing argument N of 'f' from incompatible pointer type": expected 'B' but argument is of type 'A'.
    [/expected q(\d{1,3}) but argument is of type q(\d{1,3})/, 'to-from'],
];
/** The (expected, actual) pair a conversion message names, or null. */
function conversionOperands(skeleton, quoted) {
    const s = skeleton.toLowerCase();
    for (const [pattern, order] of CONVERSION_PATTERNS) {
        const match = pattern.exec(s);
        if (!match)
            continue;
        const first = quoted[Number(match[1])];
        const second = quoted[Number(match[2])];
        if (!first || !second)
            continue;
        return order === 'from-to' ? { expected: second, actual: first } : { expected: first, actual: second };
    }
    return null;
}
function ordinal(n) {
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
    return `${n}${suffix}`;
}
function signatureTitle(detail) {
    switch (detail.difference) {
        case 'const': {
            if (detail.parameter === null)
                return `Function signature mismatch: const qualification differs ('${detail.actual}', expected '${detail.expected}')`;
            const missing = /\bconst\b/.test(detail.expected) && !/\bconst\b/.test(detail.actual);
            return `Function signature mismatch: ${ordinal(detail.parameter)} parameter ${missing ? 'lacks const' : 'has an extra const'} ('${detail.actual}', expected '${detail.expected}')`;
        }
        case 'count':
            return `Function signature mismatch: takes ${detail.actual} parameters, expected ${detail.expected}`;
        case 'return':
            return `Function signature mismatch: returns '${detail.actual}', expected '${detail.expected}'`;
        default:
            return detail.parameter === null
                ? `Function signature mismatch: '${detail.actual}', expected '${detail.expected}'`
                : `Function signature mismatch: ${ordinal(detail.parameter)} parameter is '${detail.actual}', expected '${detail.expected}'`;
    }
}
/** signature-mismatch when both sides are function types that differ, else null. */
function signatureClassification(expected, actual) {
    // Compare the written types first (what the user wrote); fall back to the
    // expansions where a typedef name hides the function type.
    const attempts = [
        [expected.text, actual.text],
        [expanded(expected), expanded(actual)],
        [expanded(expected), actual.text],
        [expected.text, expanded(actual)],
    ];
    for (const [e, a] of attempts) {
        const parsedExpected = parseFunctionType(e);
        if (!parsedExpected || !parseFunctionType(a))
            continue;
        const detail = compareFunctionTypes(e, a);
        if (!detail)
            continue;
        return {
            category: 'signature-mismatch',
            stage: 'compile',
            title: signatureTitle(detail),
            detail: { ...detail },
            // The root cause is which parameter differs and how, on which types; not
            // the typedef sugar around it, which differs between compilers.
            key: `p${detail.parameter ?? '-'}|${detail.difference}|${detail.expected}|${detail.actual}|n${parsedExpected.params.length}`,
        };
    }
    return null;
}
/** A failed conversion: signature-mismatch for function types, type-conversion otherwise. */
function conversionClassification(expected, actual) {
    const signature = signatureClassification(expected, actual);
    if (signature)
        return signature;
    const e = normaliseCppType(expanded(expected));
    const a = normaliseCppType(expanded(actual));
    return {
        category: 'type-conversion',
        stage: 'compile',
        title: `Cannot convert '${a}' to '${e}'`,
        detail: { expected: e, actual: a },
        key: `${a}=>${e}`,
    };
}
/** Clang's own verdict in a note: "type mismatch at 1st parameter ('const int *' vs 'int *')". */
const CLANG_PARAMETER_VERDICT = /type mismatch at (\d{1,3})(?:st|nd|rd|th) parameter \('([^']{1,300})' vs '([^']{1,300})'\)/;
function methodName(signatureOrName) {
    const open = signatureOrName.indexOf('(');
    const head = (open === -1 ? signatureOrName : signatureOrName.slice(0, open)).trim();
    const name = head.split(/[\s:*&]+/).filter(Boolean).pop();
    return name && /^~?[A-Za-z_]\w{0,200}$/.test(name) ? name : null;
}
/**
 * Errors whose message names no pair of types but whose notes do: Clang's
 * "no matching function" with "no known conversion from 'A' to 'B'", GCC's
 * "passing argument N … from incompatible pointer type" with "expected 'B' but
 * argument is of type 'A'", and an `override` that no longer overrides because
 * a parameter changed (Clang's note gives the parameter; GCC only the method).
 */
function signatureFromContext(diagnostic) {
    const message = diagnostic.message.replace(/"/g, '\'');
    const overrides = message.includes('override');
    if (overrides && (message.includes('does not override') || message.includes('hides virtual member function'))) {
        let name = null;
        let verdict = null;
        for (const line of [message, ...diagnostic.context]) {
            const normal = line.replace(/[‘’"]/g, '\'');
            const quoted = extractQuoted(normal).quoted;
            if (!name) {
                const candidate = quoted.find((q) => q.text.includes('(') || /::/.test(q.text));
                if (candidate && (normal.includes('marked \'override\'') || normal.includes('hidden overloaded virtual function')))
                    name = methodName(candidate.text);
            }
            verdict ??= CLANG_PARAMETER_VERDICT.exec(normal);
        }
        if (!name)
            return null;
        const detail = { method: name };
        if (verdict) {
            const expected = normaliseCppType(verdict[2]);
            const actual = normaliseCppType(verdict[3]);
            Object.assign(detail, {
                parameter: Number(verdict[1]),
                difference: expected.replace(/\bconst\b ?/g, '') === actual.replace(/\bconst\b ?/g, '') ? 'const' : 'type',
                expected,
                actual,
            });
        }
        return {
            category: 'override-mismatch',
            stage: 'compile',
            title: verdict
                ? `'${name}' no longer overrides: ${signatureTitle(detail).replace('Function signature mismatch: ', '')}`
                : `'${name}' is marked override but overrides nothing`,
            detail,
            // Keyed by the method alone: GCC names the derived method, Clang the base one.
            key: name,
        };
    }
    for (const line of diagnostic.context) {
        if (!line.includes('conversion from') && !line.includes('but argument is of type'))
            continue;
        const extracted = extractQuoted(line);
        const operands = conversionOperands(extracted.skeleton, extracted.quoted);
        if (!operands)
            continue;
        const signature = signatureClassification(operands.expected, operands.actual);
        if (signature)
            return signature;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/classify/classify.ts




/**
 * Diagnostics → category ids of the spec, with a key naming the root cause
 * independently of compiler wording, location and job.
 */
/** MSVC and link.exe codes whose category the code alone decides. */
const MSVC_CODES = {
    C2065: 'undeclared-identifier',
    C3861: 'undeclared-identifier',
    C2039: 'no-member',
    C2660: 'no-matching-function',
    C2661: 'no-matching-function',
    C2665: 'no-matching-function',
    C2672: 'no-matching-function',
    C1083: 'missing-header',
    C2143: 'syntax-error',
    C2059: 'syntax-error',
    C2146: 'syntax-error',
    C2144: 'syntax-error',
    C2061: 'syntax-error',
    C2447: 'syntax-error',
    C2027: 'incomplete-type',
    C2079: 'incomplete-type',
    C2084: 'redefinition',
    C2011: 'redefinition',
    C2086: 'redefinition',
    C2374: 'redefinition',
    C3668: 'override-mismatch',
    C2259: 'override-mismatch',
    C2220: 'warning-as-error',
    C2280: 'deleted-function',
    C2668: 'ambiguous-call',
    C2593: 'ambiguous-call',
    LNK2019: 'undefined-symbol',
    LNK2001: 'undefined-symbol',
    LNK2005: 'duplicate-symbol',
    LNK1169: 'duplicate-symbol',
    LNK1104: 'missing-library',
};
/** MSVC codes that report a failed conversion; function types make it a signature mismatch. */
const MSVC_CONVERSION_CODES = new Set(['C2440', 'C2664', 'C2446', 'C2444', 'C2100']);
/** GCC and Clang wording, most specific first. Lower-case substrings of the quote-unified message. */
const GNU_WORDING = [
    ['use of deleted function', 'deleted-function'],
    ['call to deleted ', 'deleted-function'],
    ['call to implicitly-deleted', 'deleted-function'],
    ['attempt to use a deleted function', 'deleted-function'],
    ['is ambiguous', 'ambiguous-call'],
    ['ambiguous conversion', 'ambiguous-call'],
    ['marked \'override\', but does not override', 'override-mismatch'],
    ['marked \'override\' but does not override', 'override-mismatch'],
    ['marked override, but does not override', 'override-mismatch'],
    ['abstract class type', 'override-mismatch'],
    ['of abstract type', 'override-mismatch'],
    ['no matching function for call', 'no-matching-function'],
    ['no matching member function for call', 'no-matching-function'],
    ['no matching constructor', 'no-matching-function'],
    ['too many arguments to function', 'no-matching-function'],
    ['too few arguments to function', 'no-matching-function'],
    ['was not declared in this scope', 'undeclared-identifier'],
    ['use of undeclared identifier', 'undeclared-identifier'],
    ['undeclared (first use in this function)', 'undeclared-identifier'],
    ['undeclared here', 'undeclared-identifier'],
    ['unknown type name', 'undeclared-identifier'],
    ['does not name a type', 'undeclared-identifier'],
    ['has not been declared', 'undeclared-identifier'],
    ['implicit declaration of function', 'undeclared-identifier'],
    ['has no member named', 'no-member'],
    ['no member named', 'no-member'],
    ['is not a member of', 'no-member'],
    ['no type named', 'no-member'],
    ['file not found', 'missing-header'],
    ['no such file or directory', 'missing-header'],
    ['invalid use of incomplete type', 'incomplete-type'],
    ['incomplete type', 'incomplete-type'],
    ['redefinition of', 'redefinition'],
    ['conflicting declaration', 'redefinition'],
    ['redeclared as different kind', 'redefinition'],
    ['conflicting types for', 'redefinition'],
    ['expected ', 'syntax-error'],
    ['stray ', 'syntax-error'],
    ['missing terminating', 'syntax-error'],
];
function lowerSkeleton(quoted) {
    return quoted.skeleton.toLowerCase();
}
/** Message reduced to its words: quotes unified, numbers and addresses folded, spaces collapsed. */
function normaliseMessage(message) {
    return unifyQuotes(message)
        .replace(/0x[0-9a-fA-F]+/g, '0x?')
        .replace(/\d+/g, 'N')
        .replace(/\s+/g, ' ')
        .trim();
}
function firstName(quoted, index = 0) {
    return normaliseCppType(quoted[index]?.text ?? '');
}
function headerName(message, quoted) {
    for (const q of quoted)
        if (/\.(?:h|hh|hpp|hxx|h\+\+|inc|inl|ipp|tcc)$|^[\w./-]+$/i.test(q.text) && q.text !== '')
            return q.text;
    // GCC: "fatal error: foo.h: No such file or directory" (no quotes).
    const colon = message.indexOf(': ');
    return colon > 0 ? message.slice(0, colon).trim() : message.trim();
}
function keyAndTitle(category, message, quoted, skeleton) {
    const label = CATEGORIES[category].label;
    const s = skeleton.toLowerCase();
    switch (category) {
        case 'undeclared-identifier': {
            const name = firstName(quoted) || normaliseMessage(message);
            return { key: name, title: `'${name}' is not declared`, detail: { identifier: name } };
        }
        case 'no-member': {
            // GCC: 'T' has no member named 'm'; Clang: no member named 'm' in 'T'; MSVC/GCC: 'm' is not a member of 'T'.
            const gccOrder = s.includes('has no member named');
            const type = firstName(quoted, gccOrder ? 0 : 1);
            const member = firstName(quoted, gccOrder ? 1 : 0);
            if (!member)
                break;
            return {
                key: `${type}::${member}`,
                title: type ? `'${type}' has no member '${member}'` : `No member '${member}'`,
                detail: { type: type || null, member },
            };
        }
        case 'missing-header': {
            const header = headerName(message, quoted).replace(/\\/g, '/');
            return { key: header, title: `Header '${header}' not found`, detail: { header } };
        }
        case 'no-matching-function': {
            const callee = firstName(quoted);
            if (!callee)
                break;
            const name = callee.includes('(') ? callee.slice(0, callee.indexOf('(')) : callee;
            return { key: name, title: `No matching function for call to '${name}'`, detail: { function: name } };
        }
        case 'deleted-function':
        case 'ambiguous-call':
        case 'redefinition':
        case 'incomplete-type':
        case 'override-mismatch': {
            const name = firstName(quoted);
            if (!name)
                break;
            return { key: name, title: `${label}: '${name}'`, detail: { name } };
        }
        default:
            break;
    }
    const normalised = normaliseMessage(message);
    const short = normalised.length > 160 ? `${normalised.slice(0, 157)}...` : normalised;
    return { key: normalised, title: `${label}: ${short}`, detail: {} };
}
function classifyByWording(lowerMessage) {
    for (const [words, category] of GNU_WORDING)
        if (lowerMessage.includes(words))
            return category;
    return null;
}
/** What a compiler or linker diagnostic says, as a category and a root-cause key. */
function classifyDiagnostic(diagnostic) {
    const message = diagnostic.message;
    const extracted = extractQuoted(message);
    const lower = unifyQuotes(message).toLowerCase();
    // A warning promoted to an error is that, whatever the warning says.
    const werror = /\[-Werror[=,]([\w+-]{1,80})/.exec(message);
    if (diagnostic.code === 'C2220' || (diagnostic.severity !== 'warning' && werror)) {
        const flag = werror ? werror[1].replace(/^-W/, '') : 'C2220';
        const normalised = normaliseMessage(message.replace(/\s*\[-W[^\]]{0,80}\]\s*$/, ''));
        return {
            category: 'warning-as-error',
            stage: 'compile',
            title: `Warning treated as error (-W${flag}): ${normalised.length > 140 ? normalised.slice(0, 137) + '...' : normalised}`,
            detail: { warning: flag },
            key: `${flag}|${normalised}`,
        };
    }
    const isConversionCode = diagnostic.code !== null && MSVC_CONVERSION_CODES.has(diagnostic.code);
    const operands = conversionOperands(extracted.skeleton, extracted.quoted);
    if (operands && (isConversionCode || diagnostic.code === null)) {
        return conversionClassification(operands.expected, operands.actual);
    }
    const fromContext = signatureFromContext(diagnostic);
    if (fromContext)
        return fromContext;
    let category = diagnostic.code ? MSVC_CODES[diagnostic.code] ?? null : null;
    if (!category && diagnostic.code === null)
        category = classifyByWording(lower);
    if (!category)
        category = diagnostic.code?.startsWith('LNK') ? 'undefined-symbol' : 'other-compile-error';
    const { key, title, detail } = keyAndTitle(category, message, extracted.quoted, lowerSkeleton(extracted));
    return { category, stage: CATEGORIES[category].stage, title, detail, key };
}
/** A failed job with no diagnostic: timeout/aborted by its status, otherwise unknown with its text. */
function classifyJobWithoutDiagnostics(job) {
    if (job.status === 'aborted') {
        return { category: 'timeout', stage: 'infra', title: 'Job aborted or timed out', detail: {}, key: 'aborted' };
    }
    const telling = tellingLines(job.text);
    const key = telling.length ? normaliseMessage(telling[0]) : 'no-output';
    return {
        category: 'unknown',
        stage: 'unknown',
        title: telling.length ? `Failed with no recognised diagnostic: ${truncate(telling[0], 140)}` : 'Failed with no diagnostic in the report',
        detail: { lines: telling },
        key,
    };
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
/** The lines of a job's text most likely to say what went wrong. */
function tellingLines(text, max = 5) {
    const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/^\(\s*https?:\/\/\S+\s*\)$/.test(line));
    const scored = lines.map((line, index) => ({
        line,
        index,
        score: /error|fail|fatal|exception|abort|timed? ?out|killed|denied|not found/i.test(line) ? 1 : 0,
    }));
    const chosen = scored.filter((s) => s.score > 0);
    return (chosen.length ? chosen : scored).slice(0, max).map((s) => truncate(s.line, 300));
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/group/group.ts

/** Stable id of a root cause: category + the classifier's key, nothing about where or who. */
function fingerprintOf(category, key) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${category}\u0000${key}`).digest('hex').slice(0, 16);
}
function sameOccurrence(a, b) {
    return a.job === b.job && a.file === b.file && a.line === b.line && a.column === b.column && a.tool === b.tool && a.message === b.message;
}
/**
 * One group per root cause, in first-seen order; occurrences keep every
 * (job, location, tool, message) once.
 */
function groupFindings(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const { classification } = finding;
        const fingerprint = fingerprintOf(classification.category, classification.key);
        let group = groups.get(fingerprint);
        if (!group) {
            group = {
                fingerprint,
                category: classification.category,
                stage: classification.stage,
                title: classification.title,
                detail: classification.detail,
                occurrences: [],
            };
            groups.set(fingerprint, group);
        }
        const occurrence = {
            job: finding.job,
            tool: finding.tool,
            file: finding.file,
            line: finding.line,
            column: finding.column,
            message: finding.message,
        };
        if (!group.occurrences.some((existing) => sameOccurrence(existing, occurrence)))
            group.occurrences.push(occurrence);
    }
    return [...groups.values()];
}

;// CONCATENATED MODULE: ./src/group/paths.ts
/**
 * Paths as compilers print them → repo-relative with forward slashes.
 * CI workspaces differ per job and per OS (Jenkins `/home/u/jenkins/workspace/<job>/<repo>/`,
 * Windows `..\<repo>\` from a sibling build directory, `C:\…`, GitHub Actions
 * `/home/runner/work/<repo>/<repo>/`), so the same file must end up with one name.
 */
const WORKSPACE_MARKERS = ['/workspace/', '/workspaces/', '/builds/', '/buildbot/', '/build/src/'];
function dropLeadingRelative(segments) {
    let i = 0;
    while (i < segments.length && (segments[i] === '..' || segments[i] === '.' || segments[i] === ''))
        i++;
    return segments.slice(i);
}
/** Checkout folder names a report reveals: `..\X\` means the build ran next to the source tree X. */
function inferRepoRoots(paths) {
    const roots = new Set();
    for (const raw of paths) {
        const path = raw.replace(/\\/g, '/');
        const match = /^(?:\.\.\/)+([\w.-]{1,100})\//.exec(path);
        if (match)
            roots.add(match[1]);
    }
    // Jenkins jobs are often named after the repository: workspace/kv_engine-linux-master/kv_engine/.
    for (const path of paths) {
        const normal = path.replace(/\\/g, '/');
        for (const marker of WORKSPACE_MARKERS) {
            const at = normal.indexOf(marker);
            if (at === -1)
                continue;
            const parts = normal.slice(at + marker.length).split('/');
            const job = parts[0];
            const next = parts[1];
            if (next && job && parts.length > 2 && next.length >= 3 && job.startsWith(next)) {
                roots.add(next);
            }
        }
    }
    return [...roots];
}
function toRepoRelative(rawPath, hints) {
    let path = rawPath.trim().replace(/\\/g, '/');
    // Drive letter: C:/…
    path = path.replace(/^[A-Za-z]:\//, '/');
    // GitHub Actions: /home/runner/work/<repo>/<repo>/…, D:/a/<repo>/<repo>/…
    const gha = /^\/(?:home\/runner\/work|a|Users\/runner\/work|__w)\/([^/]{1,100})\/\1\//.exec(path);
    if (gha)
        return path.slice(gha[0].length);
    let segments = path.split('/');
    // Jenkins-style workspace: …/workspace/<job>/[<repo>/]…
    for (const marker of WORKSPACE_MARKERS) {
        const at = path.indexOf(marker);
        if (at === -1)
            continue;
        const rest = path.slice(at + marker.length).split('/');
        rest.shift(); // the job's workspace folder
        segments = rest;
        break;
    }
    segments = dropLeadingRelative(segments);
    // A checkout folder at the front: strip it once.
    for (let i = 0; i < Math.min(segments.length - 1, 8); i++) {
        if (hints.repoRoots.includes(segments[i])) {
            segments = segments.slice(i + 1);
            break;
        }
    }
    return segments.join('/');
}

;// CONCATENATED MODULE: ./src/group/order.ts
const STAGE_RANK = { compile: 0, link: 1, test: 2, runtime: 3, lint: 4, infra: 5, unknown: 6 };
function jobsOf(group) {
    return [...new Set(group.occurrences.map((o) => o.job).filter((j) => j !== null))];
}
/**
 * Most important first: the cause that breaks the most jobs, then the earliest
 * stage (a compile error explains the test failures that follow it).
 */
function orderGroups(groups) {
    return groups
        .map((group, index) => ({ group, index }))
        .sort((a, b) => jobsOf(b.group).length - jobsOf(a.group).length ||
        STAGE_RANK[a.group.stage] - STAGE_RANK[b.group.stage] ||
        a.index - b.index)
        .map(({ group }) => group);
}

;// CONCATENATED MODULE: ./src/triage.ts







const FAILED_STATUSES = new Set(['failure', 'unstable', 'aborted', 'unknown']);
function isFailedJob(job) {
    return FAILED_STATUSES.has(job.status);
}
function jobSummary(job) {
    return { name: job.name, url: job.url, build: job.build, status: job.status, patchSet: job.patchSet };
}
/** A plain log has no job lines: it is one job, named after the file. */
function reportForPlainLog(review, sourceName) {
    const body = review.messages.map((m) => m.body).join('\n');
    const hasErrors = parseDiagnostics(body).some((d) => d.severity !== 'warning');
    const name = sourceName.split(/[\\/]/).pop() || sourceName;
    return {
        dialect: 'log',
        author: null,
        date: null,
        patchSet: review.change.patchSet,
        verdict: null,
        vote: null,
        jobs: [{ name, url: null, build: null, status: hasErrors ? 'failure' : 'unknown', patchSet: review.change.patchSet, text: body }],
    };
}
/** Diagnostics and job-level failures of the failed jobs of one report. */
function findingsOfReport(report, extraRoots = []) {
    const failedJobs = report.jobs.filter(isFailedJob);
    const perJob = failedJobs.map((job) => ({
        job,
        diagnostics: parseDiagnostics(job.text).filter((d) => d.severity !== 'warning' || /\[-Werror/.test(d.message)),
    }));
    const allPaths = perJob.flatMap(({ diagnostics }) => diagnostics.map((d) => d.file).filter((f) => f !== null));
    const hints = { repoRoots: [...new Set([...extraRoots, ...inferRepoRoots(allPaths)])] };
    const findings = [];
    for (const { job, diagnostics } of perJob) {
        if (diagnostics.length === 0) {
            findings.push({
                job: job.name,
                tool: null,
                file: null,
                line: null,
                column: null,
                message: job.text.trim(),
                classification: classifyJobWithoutDiagnostics(job),
            });
            continue;
        }
        for (const diagnostic of diagnostics) {
            findings.push({
                job: job.name,
                tool: diagnostic.tool,
                file: diagnostic.file === null ? null : toRepoRelative(diagnostic.file, hints),
                line: diagnostic.line,
                column: diagnostic.column,
                message: diagnostic.message,
                classification: classifyDiagnostic(diagnostic),
            });
        }
    }
    return findings;
}
function triageText(text, options) {
    const review = readReview(text, options.sourceName, options.format);
    const notes = [...review.warnings];
    let reports = latestReportPerPatchSet(findBotReports(review));
    if (reports.length === 0 && review.format === 'text')
        reports = [reportForPlainLog(review, options.sourceName)];
    const current = reports[0] ?? null;
    if (!current)
        notes.push(`no CI report found in ${options.sourceName}`);
    else if (review.change.patchSet !== null && current.patchSet !== null && review.change.patchSet > current.patchSet) {
        notes.push(`patch set ${review.change.patchSet} has no CI report yet; this is the report on patch set ${current.patchSet}`);
    }
    const groups = current ? orderGroups(groupFindings(findingsOfReport(current, options.repoRoots))) : [];
    const document = {
        schema: 'build-triage/v1',
        change: review.change,
        jobs: current ? current.jobs.map(jobSummary) : [],
        groups,
    };
    return { document, review, reports, current, notes };
}

;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * Markdown for text we do not trust (anything quoted from comments or logs).
 * Untrusted text goes into code spans and fences, where GitHub renders no HTML,
 * mentions, images or links; what stays outside is escaped character by character.
 */
const ZERO_WIDTH_SPACE = '\u200b';
/** `@name` → `@\u200bname`: GitHub then notifies nobody (Dependabot does the same). */
function neutraliseMentions(text) {
    return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`);
}
/** `<!--` can no longer open a comment nor be mistaken for our marker. */
function neutraliseComments(text) {
    return text.replace(/<!--/g, `<${ZERO_WIDTH_SPACE}!--`).replace(/-->/g, `--${ZERO_WIDTH_SPACE}>`);
}
/** Characters that carry meaning in GitHub-flavoured markdown. */
const MARKDOWN_SPECIALS = /[\\`*_{}[\]()<>#+\-.!|~&:]/g;
/**
 * Plain text outside code: every special escaped, entities disarmed, URLs
 * broken (`:` escaped stops GFM autolinks), mentions neutralised, one line.
 */
function escapeText(text) {
    const oneLine = text.replace(/[\r\n]+/g, ' ');
    return neutraliseMentions(oneLine.replace(MARKDOWN_SPECIALS, (c) => `\\${c}`));
}
function longestBacktickRun(text) {
    let longest = 0;
    let current = 0;
    for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) === 96) {
            current++;
            if (current > longest)
                longest = current;
        }
        else
            current = 0;
    }
    return longest;
}
/**
 * An inline code span that no content can close early. In a table cell `|`
 * must be escaped even inside code (GFM splits cells first).
 */
function codeSpan(text, options = {}) {
    let content = neutraliseComments(text.replace(/[\r\n]+/g, ' '));
    if (options.inTable)
        content = content.replace(/\|/g, '\\|');
    if (content === '')
        return '` `';
    const fence = '`'.repeat(longestBacktickRun(content) + 1);
    const pad = content.startsWith('`') || content.endsWith('`') || content.startsWith(' ') || content.endsWith(' ') ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/** A fenced block whose fence is longer than any backtick run inside. */
function fencedBlock(text, info = 'text') {
    const content = neutraliseComments(text).replace(/\s+$/, '');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
    return `${fence}${info}\n${content}\n${fence}`;
}
/** Only http(s) URLs become links; anything else is shown as code. */
function safeUrl(url) {
    if (!url)
        return null;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return null;
    // Parentheses and spaces would end the markdown link target.
    return parsed.href.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function escape_link(text, url, options = {}) {
    const label = escapeText(text);
    const target = safeUrl(url);
    const cell = (s) => (options.inTable ? s.replace(/\|/g, '\\|') : s);
    return target ? cell(`[${label}](${target})`) : cell(label);
}
/**
 * Our own sentences that embed untrusted values in '…' (titles): the quoted
 * values become code spans, the rest is escaped.
 */
function inlineWithCode(text, options = {}) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const open = text.indexOf('\'', i);
        if (open === -1)
            break;
        const close = text.indexOf('\'', open + 1);
        if (close === -1)
            break;
        out += escapeText(text.slice(i, open)) + codeSpan(text.slice(open + 1, close), options);
        i = close + 1;
    }
    return out + escapeText(text.slice(i));
}

;// CONCATENATED MODULE: ./src/render/markdown.ts



const LEVELS = [
    { rawMessages: true, maxLocations: 50, maxGroups: 100 },
    { rawMessages: true, maxLocations: 10, maxGroups: 50 },
    { rawMessages: false, maxLocations: 10, maxGroups: 30 },
    { rawMessages: false, maxLocations: 3, maxGroups: 15 },
    { rawMessages: false, maxLocations: 1, maxGroups: 5 },
];
const FAILED = new Set(['failure', 'unstable', 'aborted', 'unknown']);
/** Job names share the project prefix and branch suffix (kv_engine-…-master): show what differs. */
function shortJobNames(names) {
    const result = new Map();
    const unique = [...new Set(names)];
    if (unique.length < 2) {
        for (const name of unique)
            result.set(name, name);
        return result;
    }
    const split = unique.map((n) => n.split(/(?<=[-_/])/));
    let prefix = 0;
    while (split.every((parts) => parts.length > prefix + 1 && parts[prefix] === split[0][prefix]))
        prefix++;
    let suffix = 0;
    while (split.every((parts) => parts.length > prefix + suffix + 1 && parts[parts.length - 1 - suffix] === split[0][split[0].length - 1 - suffix]))
        suffix++;
    unique.forEach((name, i) => {
        const parts = split[i];
        const short = parts.slice(prefix, parts.length - suffix).join('').replace(/[-_/]+$/, '');
        result.set(name, short || name);
    });
    return result;
}
function statusIcon(status) {
    switch (status) {
        case 'success':
            return '✅';
        case 'unstable':
            return '⚠️';
        case 'aborted':
            return '⏹️';
        case 'not_built':
            return '⏭️';
        default:
            return '❌';
    }
}
function jobLink(job, name, shortNames, inTable = false) {
    const label = `${shortNames.get(name) ?? name}${job?.build != null ? ` #${job.build}` : ''}`;
    return escape_link(label, job?.url ?? null, { inTable });
}
function locationText(o) {
    if (!o.file)
        return '';
    return `${o.file}${o.line !== null ? `:${o.line}` : ''}${o.column !== null ? `:${o.column}` : ''}`;
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
function listWords(items, max) {
    if (items.length <= max)
        return items.join(', ');
    return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
/** Where the group was seen first, for the headline: `engine_testapp.cc:898`. */
function headlinePlace(group) {
    const located = group.occurrences.find((o) => o.file);
    if (!located?.file)
        return null;
    const base = located.file.split('/').pop() ?? located.file;
    return `${base}${located.line !== null ? `:${located.line}` : ''}`;
}
function headline(doc, failedJobs, groups) {
    const patchSet = doc.jobs.find((j) => j.patchSet !== null)?.patchSet ?? doc.change.patchSet;
    const where = patchSet !== null ? `Patch set ${patchSet}` : 'Build';
    if (doc.jobs.length === 0)
        return `### ❔ ${where}: no CI report found`;
    if (failedJobs.length === 0)
        return `### ✅ ${where}: all ${plural(doc.jobs.length, 'job')} passed`;
    const causes = groups.slice(0, 2).map((g) => {
        const place = headlinePlace(g);
        return `${escapeText(CATEGORIES[g.category].label.toLowerCase())}${place ? ` in ${codeSpan(place)}` : ''}`;
    });
    const more = groups.length > 2 ? ` and ${groups.length - 2} more` : '';
    return `### ❌ ${where}: ${failedJobs.length} of ${plural(doc.jobs.length, 'job')} failed, ${plural(groups.length, 'root cause')}: ${causes.join('; ')}${more}`;
}
function detailLines(group) {
    const d = group.detail;
    if (group.category === 'signature-mismatch' && typeof d.expected === 'string' && typeof d.actual === 'string') {
        const lines = [];
        const what = d.parameter != null ? `Parameter ${d.parameter}` : d.difference === 'return' ? 'Return type' : d.difference === 'count' ? 'Parameter count' : 'Qualifiers';
        const how = d.difference === 'const' ? ' (`const` differs)' : '';
        lines.push(`${what}${how}: expected ${codeSpan(d.expected)}, got ${codeSpan(d.actual)}.`);
        if (typeof d.expectedSignature === 'string')
            lines.push(`Expected type ${codeSpan(d.expectedSignature)}  `);
        if (typeof d.actualSignature === 'string')
            lines.push(`actual type ${codeSpan(d.actualSignature)}`);
        return [lines.join('\n')];
    }
    if (Array.isArray(d.lines) && d.lines.length > 0) {
        return [fencedBlock(d.lines.map(String).join('\n'))];
    }
    return [];
}
function locationTable(group, doc, shortNames, options, maxRows) {
    const byLocation = new Map();
    for (const o of group.occurrences) {
        const key = locationText(o);
        const list = byLocation.get(key) ?? [];
        list.push(o);
        byLocation.set(key, list);
    }
    const located = [...byLocation.entries()].filter(([key]) => key !== '');
    const unlocated = byLocation.get('') ?? [];
    const rows = [];
    const jobsByName = new Map(doc.jobs.map((j) => [j.name, j]));
    const jobCell = (occurrences) => [...new Set(occurrences.map((o) => o.job).filter((j) => j !== null))]
        .map((name) => jobLink(jobsByName.get(name), name, shortNames, true))
        .join(' · ') || '—';
    const toolCell = (occurrences) => escapeText([...new Set(occurrences.map((o) => o.tool ?? '?'))].join(', '));
    if (located.length > 0) {
        rows.push('| Location | Jobs | Tool |', '|---|---|---|');
        for (const [where, occurrences] of located.slice(0, maxRows)) {
            const first = occurrences[0];
            const target = options.fileLink && first.file ? options.fileLink(first.file, first.line) : null;
            const place = target ? `[${codeSpan(where, { inTable: true })}](${target})` : codeSpan(where, { inTable: true });
            rows.push(`| ${place} | ${jobCell(occurrences)} | ${toolCell(occurrences)} |`);
        }
        if (located.length > maxRows)
            rows.push(`| ${located.length - maxRows} more locations not shown | | |`);
    }
    if (unlocated.length > 0) {
        rows.push(`${located.length > 0 ? '\n' : ''}Jobs: ${jobCell(unlocated)}`);
    }
    return rows;
}
function rawMessages(group, shortNames) {
    const byMessage = new Map();
    for (const o of group.occurrences) {
        if (!o.message)
            continue;
        const entry = byMessage.get(o.message) ?? { tools: new Set(), jobs: new Set() };
        if (o.tool)
            entry.tools.add(o.tool);
        if (o.job)
            entry.jobs.add(shortNames.get(o.job) ?? o.job);
        byMessage.set(o.message, entry);
    }
    if (byMessage.size === 0)
        return [];
    const parts = [`<details><summary>${plural(byMessage.size, 'message')} as printed</summary>`, ''];
    for (const [message, { tools, jobs }] of byMessage) {
        const who = [tools.size ? [...tools].join(', ') : null, jobs.size ? [...jobs].join(', ') : null].filter(Boolean).join(' · ');
        if (who)
            parts.push(escapeText(who), '');
        parts.push(fencedBlock(message.length > 4000 ? `${message.slice(0, 4000)}\n[… cut]` : message), '');
    }
    parts.push('</details>');
    return parts;
}
function renderGroup(group, index, doc, shortNames, options, detail) {
    const jobs = jobsOf(group);
    const tools = [...new Set(group.occurrences.map((o) => o.tool).filter((t) => t !== null))];
    const locations = new Set(group.occurrences.map(locationText).filter((l) => l !== ''));
    const facts = [
        codeSpan(group.category),
        escapeText(group.stage),
        plural(jobs.length, 'job'),
        tools.length ? escapeText(tools.join(', ')) : null,
        locations.size ? plural(locations.size, 'location') : null,
    ].filter(Boolean);
    const lines = [`#### ${index + 1}. ${inlineWithCode(group.title)}`, facts.join(' · '), ''];
    for (const paragraph of detailLines(group))
        lines.push(paragraph, '');
    const table = locationTable(group, doc, shortNames, options, detail.maxLocations);
    if (table.length)
        lines.push(...table, '');
    if (detail.rawMessages) {
        const raw = rawMessages(group, shortNames);
        if (raw.length)
            lines.push(...raw, '');
    }
    return lines.join('\n');
}
function renderAtLevel(doc, options, detail) {
    const failedJobs = doc.jobs.filter((j) => FAILED.has(j.status));
    const otherJobs = doc.jobs.filter((j) => !FAILED.has(j.status));
    const shortNames = shortJobNames(doc.jobs.map((j) => j.name));
    const groups = doc.groups;
    const out = [];
    if (options.header)
        out.push(options.header);
    out.push(headline(doc, failedJobs, groups), '');
    const context = [
        doc.change.subject ? escapeText(doc.change.subject) : null,
        doc.change.id ? `Change-Id ${codeSpan(doc.change.id)}` : null,
    ].filter(Boolean);
    if (context.length)
        out.push(`<sub>${context.join(' · ')}</sub>`, '');
    for (const note of options.notes ?? [])
        out.push(`> ${escapeText(note)}`, '');
    if (failedJobs.length > 0) {
        out.push(`**Failed:** ${failedJobs.map((j) => `${statusIcon(j.status)} ${jobLink(j, j.name, shortNames)}`).join(' · ')}`, '');
    }
    groups.slice(0, detail.maxGroups).forEach((group, index) => out.push(renderGroup(group, index, doc, shortNames, options, detail)));
    if (groups.length > detail.maxGroups) {
        const hidden = groups.slice(detail.maxGroups);
        out.push(`_${plural(hidden.length, 'more root cause')} not shown (${escapeText(listWords([...new Set(hidden.map((g) => g.category))], 5))}); the full list is in the JSON output._`, '');
    }
    if (otherJobs.length > 0) {
        out.push(`**Passed or not run:** ${otherJobs.map((j) => `${statusIcon(j.status)} ${jobLink(j, j.name, shortNames)}`).join(' · ')}`, '');
    }
    if (detail !== LEVELS[0])
        out.push('_Some detail was left out to fit the comment size limit._', '');
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
function renderMarkdown(doc, options = {}) {
    const max = options.maxLength ?? 65_000;
    let body = '';
    for (const level of LEVELS) {
        body = renderAtLevel(doc, options, level);
        if (body.length <= max)
            return body;
    }
    // Still too long (thousands of jobs): cut at a line boundary and say so.
    const note = '\n\n_Digest cut to fit the size limit; the full result is in the JSON output._\n';
    const cut = body.lastIndexOf('\n', max - note.length);
    return body.slice(0, Math.max(0, cut)) + note;
}

;// CONCATENATED MODULE: ./src/render/json.ts
/** The spec's `build-triage/v1` JSON, stable key order, two-space indent. */
function renderJson(document) {
    return `${JSON.stringify(document, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/cli.ts







const USAGE = `Usage: build-triage <file|-> [--json] [--format ${INPUT_FORMATS.join('|')}] [--repo-root NAME]...

Reads CI bot reports (a Gerrit review export, or one bot comment or log as
plain text), groups the failures by root cause and prints a markdown digest.

  --json            print the build-triage/v1 JSON document instead
  --format FORMAT   skip detection: ${INPUT_FORMATS.join(', ')}
  --repo-root NAME  a checkout folder name to strip from paths (repeatable)
  -h, --help        this text
  -v, --version     the version

Exit status: 0 when the input was read (whether or not the build failed),
2 on bad input or usage.`;
const VERSION = '0.1.0';
async function runCli(argv, io = { out: process.stdout, err: process.stderr }) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                json: { type: 'boolean', default: false },
                format: { type: 'string' },
                'repo-root': { type: 'string', multiple: true },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false },
            },
        });
    }
    catch (error) {
        io.err.write(`build-triage: ${error.message}\n${USAGE}\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.out.write(`${USAGE}\n`);
        return 0;
    }
    if (values.version) {
        io.out.write(`${VERSION}\n`);
        return 0;
    }
    if (positionals.length !== 1) {
        io.err.write(`build-triage: ${positionals.length === 0 ? 'no input file given' : 'one input file at a time'}\n${USAGE}\n`);
        return 2;
    }
    if (values.format !== undefined && !isInputFormat(values.format)) {
        io.err.write(`build-triage: unknown format '${values.format}' (known: ${INPUT_FORMATS.join(', ')})\n`);
        return 2;
    }
    const source = positionals[0];
    try {
        const text = await readInputFile(source);
        const result = triageText(text, {
            sourceName: source === '-' ? 'standard input' : source,
            format: values.format,
            repoRoots: values['repo-root'] ?? [],
        });
        io.out.write(values.json ? renderJson(result.document) : renderMarkdown(result.document, { notes: result.notes }));
        return 0;
    }
    catch (error) {
        if (error instanceof InputError) {
            io.err.write(`build-triage: error: ${error.message}\n`);
            return 2;
        }
        io.err.write(`build-triage: internal error: ${error.message ?? String(error)}\n`);
        if (process.env.BUILD_TRIAGE_DEBUG)
            io.err.write(`${error.stack}\n`);
        return 1;
    }
}
// Run when executed (the bundle, or `node src/cli.ts` via a loader), not when imported by tests.
if (!process.env.VITEST) {
    runCli(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    });
}

var __webpack_exports__runCli = __webpack_exports__.a;
export { __webpack_exports__runCli as runCli };
