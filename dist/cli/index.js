#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 680:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ categoryLabel),
/* harmony export */   Ow: () => (/* binding */ isCategoryId),
/* harmony export */   R6: () => (/* binding */ CATEGORIES)
/* harmony export */ });
/* unused harmony export stageOf */
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
/** Label of a group's category: the built-in label, or the custom id itself. */
function categoryLabel(category) {
    return isCategoryId(category) ? CATEGORIES[category].label : category;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
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
        // trimEnd, not /\s+$/: that regex is quadratic on a long run of spaces.
        const text = body.join('\n').trimEnd();
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

;// CONCATENATED MODULE: ./src/ingest/github-comments.ts

const HEX = /\b[0-9a-f]{7,40}\b/g;
/** Position (1-based) of the PR commit a comment names by SHA (bots write "As of commit abc1234"). */
function commitNamed(body, commits) {
    if (commits.length === 0)
        return null;
    const head = body.slice(0, 2000);
    for (const match of head.matchAll(HEX)) {
        const index = commits.findIndex((c) => c.sha.startsWith(match[0]));
        if (index !== -1)
            return index + 1;
    }
    return null;
}
/** Failing a SHA: the number of commits that existed when the comment was written. */
function commitsBefore(date, commits) {
    const when = Date.parse(date ?? '');
    if (Number.isNaN(when) || commits.length === 0)
        return null;
    let count = 0;
    commits.forEach((c, index) => {
        const committed = Date.parse(c.commit.committer?.date ?? c.commit.author?.date ?? '');
        if (!Number.isNaN(committed) && committed <= when)
            count = index + 1;
    });
    return count > 0 ? count : null;
}
/** Bots that write "Patch Set N" (Gerrit-style) number their reports themselves; others are placed by commit. */
function reportsNamePatchSets(comments) {
    return comments.some((c) => patchSetMentioned(normaliseNewlines(c.body ?? '')) !== null);
}
function reviewFromIssueComments(comments, context = {}) {
    const byPatchSet = reportsNamePatchSets(comments);
    const commits = byPatchSet ? [] : (context.commits ?? []);
    const messages = comments.map((comment) => {
        const body = normaliseNewlines(comment.body ?? '');
        return {
            author: comment.user?.login ?? null,
            date: comment.created_at,
            body,
            patchSet: byPatchSet ? patchSetMentioned(body) : (commitNamed(body, commits) ?? commitsBefore(comment.created_at, commits)),
            id: String(comment.id),
            url: comment.html_url ?? null,
            authorType: comment.user?.type ?? null,
        };
    });
    return {
        format: 'github-json',
        change: {
            id: context.change?.id ?? null,
            subject: context.change?.subject ?? null,
            patchSet: context.change?.patchSet ?? (byPatchSet ? null : commits.length > 0 ? commits.length : null),
        },
        messages,
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./src/ingest/json-input.ts



/**
 * JSON as the review servers' REST APIs return it:
 * - Gerrit: `)]}'` (the XSSI guard) then a ChangeInfo with `messages`, or a bare
 *   array of ChangeMessageInfo (`author{name,username,email}`, `date`, `message`,
 *   `_revision_number`);
 * - GitHub: an array of issue comments (`user{login,type}`, `created_at`, `body`,
 *   `html_url`, `id`), or several such arrays, as `gh api --paginate` prints the
 *   pages one after the other; a single comment, an `issue_comment` webhook
 *   payload, pull request reviews (`submitted_at`) and `gh pr view --json
 *   comments` output (`author{login}`, `createdAt`, `url`) are read too.
 */
const XSSI_PREFIX = ")]}'";
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function str(value) {
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}
function withoutBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** The text after Gerrit's `)]}'` guard, or null when the text does not start with it. */
function afterXssiPrefix(text) {
    const trimmed = withoutBom(text).trimStart();
    return trimmed.startsWith(XSSI_PREFIX) ? trimmed.slice(XSSI_PREFIX.length) : null;
}
/**
 * Splits top-level JSON values written one after the other (`[...][...]`,
 * one value per line). One linear pass; strings are skipped so brackets inside
 * them do not count. Returns null when the text is not made of such values.
 */
function splitJsonValues(text) {
    const values = [];
    let depth = 0;
    let start = -1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"') {
            if (depth === 0)
                return null;
            inString = true;
        }
        else if (c === '[' || c === '{') {
            if (depth === 0)
                start = i;
            depth++;
        }
        else if (c === ']' || c === '}') {
            depth--;
            if (depth < 0)
                return null;
            if (depth === 0)
                values.push(text.slice(start, i + 1));
        }
        else if (depth === 0 && c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') {
            return null;
        }
    }
    return depth === 0 && values.length > 0 ? values : null;
}
/** Parses the whole text as JSON values; null when it is not JSON. */
function parseJsonValues(text) {
    const body = withoutBom(text).trim();
    if (body === '' || (body[0] !== '[' && body[0] !== '{'))
        return null;
    try {
        return [JSON.parse(body)];
    }
    catch {
        const parts = splitJsonValues(body);
        if (!parts || parts.length < 2)
            return null;
        try {
            return parts.map((part) => JSON.parse(part));
        }
        catch {
            return null;
        }
    }
}
function isGerritMessage(value) {
    return isObject(value) && typeof value.message === 'string' && ('_revision_number' in value || 'author' in value || 'date' in value);
}
function isGitHubComment(value) {
    // A comment whose body was emptied has `"body": null`; it is still a comment.
    if (!isObject(value) || (typeof value.body !== 'string' && value.body !== null))
        return false;
    return 'user' in value || 'created_at' in value || 'html_url' in value || ('author' in value && 'createdAt' in value);
}
/** Flattens the pages: arrays of arrays, or values one after the other. */
function flattenPages(values) {
    const items = [];
    for (const value of values) {
        if (Array.isArray(value)) {
            for (const item of value) {
                if (Array.isArray(item))
                    items.push(...item);
                else
                    items.push(item);
            }
        }
        else
            items.push(value);
    }
    return items;
}
function isChangeInfo(value) {
    return isObject(value) && Array.isArray(value.messages);
}
/** The one ChangeInfo of the input: the object itself, or the only entry of a query result. */
function changeInfoOf(values) {
    if (values.length !== 1)
        return null;
    const value = values[0];
    if (isChangeInfo(value))
        return value;
    if (Array.isArray(value) && value.length === 1 && isChangeInfo(value[0]))
        return value[0];
    return null;
}
function gerritMessagesOf(values) {
    const change = changeInfoOf(values);
    if (change)
        return change.messages.filter(isObject);
    const items = flattenPages(values);
    return items.length > 0 && items.every(isGerritMessage) ? items : null;
}
function githubCommentsOf(values) {
    // An issue_comment webhook payload, as delivered or as its `payload`.
    if (values.length === 1 && isObject(values[0])) {
        const root = values[0];
        const payload = isObject(root.payload) ? root.payload : root;
        if (isObject(payload.comment) && isGitHubComment(payload.comment))
            return [payload.comment];
        if (isGitHubComment(root))
            return [root];
        // gh pr view --json comments
        if (Array.isArray(root.comments) && root.comments.length > 0 && root.comments.every(isGitHubComment))
            return root.comments;
    }
    const items = flattenPages(values);
    return items.length > 0 && items.every(isGitHubComment) ? items : null;
}
/** What the JSON is, for the error that says what it is not. */
function describeJson(values) {
    const first = values[0];
    if (Array.isArray(first)) {
        const item = first.find((x) => x !== null) ?? null;
        if (item === null)
            return 'an empty array';
        if (isObject(item))
            return `an array of objects with keys ${Object.keys(item).slice(0, 6).join(', ')}`;
        return `an array of ${typeof item}s`;
    }
    if (isObject(first))
        return `an object with keys ${Object.keys(first).slice(0, 8).join(', ') || '(none)'}`;
    return `a ${typeof first}`;
}
/** Gerrit's "2013-03-23 21:34:02.419000000" (UTC) as ISO 8601. */
function gerritDate(value) {
    if (value === null)
        return null;
    const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d{1,9})?$/.exec(value);
    return match ? `${match[1]}T${match[2]}${match[3] ? match[3].slice(0, 4) : ''}Z` : value;
}
function gerritAuthor(author) {
    if (!isObject(author))
        return null;
    return str(author.name) ?? str(author.username) ?? str(author.email) ?? (author._account_id !== undefined ? `account ${str(author._account_id)}` : null);
}
/**
 * Written by automation: a service account (tags SERVICE_USER), or a message
 * tagged `autogenerated:<tool>` by a CI system (Zuul tags `autogenerated:zuul:check`);
 * Gerrit's own `autogenerated:gerrit:…` notices are not bots' reports.
 */
function isServiceMessage(m) {
    if (isObject(m.author) && Array.isArray(m.author.tags) && m.author.tags.includes('SERVICE_USER'))
        return true;
    const tag = str(m.tag);
    return tag !== null && tag.startsWith('autogenerated:') && !tag.startsWith('autogenerated:gerrit');
}
function readGerritMessages(messages) {
    return messages.map((m) => {
        const body = normaliseNewlines(str(m.message) ?? '');
        const revision = typeof m._revision_number === 'number' ? m._revision_number : null;
        return {
            author: gerritAuthor(m.author),
            date: gerritDate(str(m.date)),
            body,
            patchSet: revision ?? patchSetMentioned(body),
            id: str(m.id),
            url: null,
            authorType: isServiceMessage(m) ? 'Bot' : null,
        };
    });
}
function parseGerritJson(text, sourceName) {
    const rest = afterXssiPrefix(text);
    const values = parseJsonValues(rest ?? text);
    if (!values) {
        throw new InputError(`${sourceName}: not Gerrit REST JSON: the text after ${rest !== null ? `the ${XSSI_PREFIX} prefix` : 'the start'} does not parse as JSON`);
    }
    const queried = values.length === 1 && Array.isArray(values[0]) ? values[0].filter(isChangeInfo).length : 0;
    if (queried > 1) {
        throw new InputError(`${sourceName}: Gerrit query result with ${queried} changes; give one change (GET /changes/<id>?o=MESSAGES)`);
    }
    const messages = gerritMessagesOf(values);
    if (!messages) {
        throw new InputError(`${sourceName}: JSON, but not a Gerrit change or change messages (no ChangeInfo with "messages", no ChangeMessageInfo with "message"): it is ${describeJson(values)}`);
    }
    const change = changeInfoOf(values);
    const read = readGerritMessages(messages);
    const patchSets = read.map((m) => m.patchSet).filter((n) => n !== null);
    let patchSet = patchSets.length ? Math.max(...patchSets) : null;
    if (change && typeof change.current_revision === 'string' && isObject(change.revisions)) {
        const current = change.revisions[change.current_revision];
        if (isObject(current) && typeof current._number === 'number')
            patchSet = Math.max(patchSet ?? 0, current._number);
    }
    return {
        format: 'gerrit-json',
        change: {
            id: change ? str(change.change_id) ?? str(change._number) ?? str(change.id) : null,
            subject: change ? str(change.subject) : null,
            patchSet,
        },
        messages: read,
        warnings: [],
    };
}
/** `owner/repo#123` from a comment's html_url or issue_url. */
function changeIdFromUrl(url) {
    if (url === null)
        return null;
    const match = /\/(?:repos\/)?([^/\s]{1,100})\/([^/\s]{1,100})\/(?:pull|issues)\/(\d{1,9})/.exec(url);
    return match ? `${match[1]}/${match[2]}#${match[3]}` : null;
}
function parseGitHubJson(text, sourceName) {
    const values = parseJsonValues(text);
    if (!values)
        throw new InputError(`${sourceName}: not GitHub JSON: the text does not parse as JSON`);
    const comments = githubCommentsOf(values);
    if (!comments) {
        throw new InputError(`${sourceName}: JSON, but not GitHub issue comments (no objects with "body" and "user"): it is ${describeJson(values)}`);
    }
    // REST: user{login,type}; gh CLI: author{login} (no type), createdAt. One shape, then the
    // same reader the action uses for comments it fetched (ingest/github-comments.ts).
    const shaped = comments.map((c, index) => {
        const user = isObject(c.user) ? c.user : isObject(c.author) ? c.author : null;
        const login = user ? str(user.login) : null;
        const type = user ? str(user.type) : null;
        const url = str(c.html_url) ?? str(c.url);
        return {
            id: typeof c.id === 'number' ? c.id : (str(c.id) ?? index),
            body: str(c.body) ?? '',
            user: login ? { login, ...(type ? { type } : {}) } : null,
            created_at: str(c.created_at) ?? str(c.submitted_at) ?? str(c.createdAt),
            ...(url ? { html_url: url } : {}),
        };
    });
    // The API lists comments oldest first; pages concatenated keep that order,
    // but sort by date anyway so a hand-merged file reads the same.
    const ordered = shaped
        .map((c, index) => ({ c, index }))
        .sort((a, b) => (a.c.created_at ?? '').localeCompare(b.c.created_at ?? '') || a.index - b.index)
        .map(({ c }) => c);
    const first = comments[0];
    return reviewFromIssueComments(ordered, {
        change: { id: changeIdFromUrl(str(first.html_url) ?? str(first.issue_url) ?? str(first.url)), subject: null },
    });
}
/**
 * Which JSON reader fits, or null when the text is not JSON (a log line
 * starting with `[` stays text). Valid JSON of no known shape is `json` so
 * the caller can say what it is not.
 */
function detectJsonFormat(text) {
    const head = withoutBom(text).trimStart();
    if (head.startsWith(XSSI_PREFIX))
        return 'gerrit-json';
    if (head[0] !== '[' && head[0] !== '{')
        return null;
    const values = parseJsonValues(text);
    if (!values)
        return null;
    if (gerritMessagesOf(values))
        return 'gerrit-json';
    if (githubCommentsOf(values))
        return 'github-json';
    return 'json';
}
function unknownJsonError(text, sourceName) {
    const values = parseJsonValues(text) ?? [];
    return new InputError(`${sourceName}: JSON of no known shape: not Gerrit REST JSON (ChangeInfo with "messages", or ChangeMessageInfo list) and not GitHub issue comments (objects with "body" and "user"); it is ${values.length ? describeJson(values) : 'unreadable'}`);
}

;// CONCATENATED MODULE: ./src/ingest/index.ts




const INPUT_FORMATS = ['gerrit-export', 'gerrit-json', 'github-json', 'text'];
function isInputFormat(value) {
    return INPUT_FORMATS.includes(value);
}
/**
 * Chooses the reader from the text itself. JSON of no known shape is reported
 * as `json`, which no reader takes: readReview turns it into an InputError.
 */
function detectFormat(text) {
    if (looksLikeGerritExport(text))
        return 'gerrit-export';
    const json = detectJsonFormat(text);
    if (json !== null)
        return json;
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
        case 'gerrit-json':
            return parseGerritJson(text, sourceName);
        case 'github-json':
            return parseGitHubJson(text, sourceName);
        case 'json':
            throw unknownJsonError(text, sourceName);
        case 'text':
            return parsePlainText(text);
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
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
    CONFIG_ERROR: 'failure',
    // The job ran out of time: the spec's aborted (classified as a timeout, not a code failure).
    TIMED_OUT: 'aborted',
    ERROR: 'failure',
    SKIPPED: 'not_built',
    CANCELED: 'aborted',
    CANCELLED: 'aborted',
    LOST: 'unknown',
};
/** The spec's status for a bot's result word, or undefined when the word is not one. */
function statusOfResultWord(word) {
    return Object.prototype.hasOwnProperty.call(STATUS_WORDS, word) ? STATUS_WORDS[word] : undefined;
}
/** A build number only when it is one exactly (Prow's 19-digit ids are not). */
function buildNumber(digits) {
    const n = Number(digits);
    return Number.isSafeInteger(n) ? n : null;
}
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
    const status = statusOfResultWord(resultWord);
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
            jenkinsNames.push(safeDecode(segments[i + 1]));
            i++;
            if (i + 1 < segments.length && /^\d+$/.test(segments[i + 1]))
                build = buildNumber(segments[i + 1]);
        }
    }
    if (jenkinsNames.length > 0)
        return { name: jenkinsNames.join('/'), build };
    const runs = segments.indexOf('runs');
    if (runs !== -1 && /^\d+$/.test(segments[runs + 1] ?? '')) {
        return { name: segments.slice(0, runs).filter((s) => s !== 'actions').join('/') || 'run', build: buildNumber(segments[runs + 1]) };
    }
    const numeric = [...segments].reverse().find((s) => /^\d+$/.test(s));
    const named = [...segments].reverse().find((s) => !/^\d+$/.test(s));
    return { name: named ? safeDecode(named) : url, build: numeric ? buildNumber(numeric) : null };
}
/** decodeURIComponent that keeps the text when it is not valid percent-encoding. */
function safeDecode(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
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
    // By hand: /\/+$/ is quadratic on a long run of slashes.
    const strip = (u) => {
        let end = u.length;
        while (end > 0 && u[end - 1] === '/')
            end--;
        return u.slice(0, end);
    };
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

;// CONCATENATED MODULE: ./src/reports/markup.ts
/**
 * Helpers for bot comments as people paste them: quoted in e-mail replies or
 * markdown (`> `), wrapped in code fences, with markdown links, HTML details
 * blocks and log lines carrying timestamps or colour codes. Everything here is
 * linear in the input and uses no backtracking-prone regex.
 */
/** Removes `>` quoting, level by level (a reply to a reply), while the text is a quote. */
function unquote(text) {
    let out = text;
    for (let level = 0; level < 5; level++) {
        const next = unquoteOnce(out);
        if (next === out)
            break;
        out = next;
    }
    return out;
}
/** Removes one level of `>` quoting when the text is a quote (most of its lines start with `>`). */
function unquoteOnce(text) {
    const lines = text.split('\n');
    const content = lines.filter((line) => line.trim() !== '');
    if (content.length === 0)
        return text;
    const quoted = content.filter((line) => line.trimStart().startsWith('>')).length;
    if (quoted < content.length * 0.6)
        return text;
    return lines
        .map((line) => {
        const trimmed = line.trimStart();
        if (!trimmed.startsWith('>'))
            return line;
        return trimmed.startsWith('> ') ? trimmed.slice(2) : trimmed.slice(1);
    })
        .join('\n');
}
/** The `[text](url)` links of a line, in order; nested brackets (image links) tolerated one level deep. */
function markdownLinks(line, max = 20) {
    const links = [];
    let from = 0;
    while (links.length < max) {
        const mid = line.indexOf('](', from);
        if (mid === -1)
            break;
        const close = line.indexOf(')', mid + 2);
        if (close === -1)
            break;
        // The opening bracket: walk back (at most 300 characters, so hostile input
        // stays linear) over nested links such as [![img](u)](url).
        let depth = 0;
        let open = -1;
        for (let i = mid - 1; i >= Math.max(0, mid - 300); i--) {
            const c = line[i];
            if (c === ']')
                depth++;
            else if (c === '[') {
                if (depth === 0) {
                    open = i;
                    break;
                }
                depth--;
            }
        }
        const url = line.slice(mid + 2, close).trim();
        if (open !== -1)
            links.push({ text: line.slice(open + 1, mid).trim(), url });
        from = close + 1;
    }
    return links;
}
/** The first http(s) URL in the text, cut at whitespace, quotes, `<`, `>` or `)`. */
function firstUrl(text) {
    let start = text.indexOf('https://');
    const plain = text.indexOf('http://');
    if (start === -1 || (plain !== -1 && plain < start))
        start = plain;
    if (start === -1)
        return null;
    let end = start;
    while (end < text.length && !' \t\n"\'<>)'.includes(text[end]))
        end++;
    return text.slice(start, end);
}
const ANSI_ESCAPE = /\u001b\[[0-9;]{0,20}[A-Za-z]/g;
/**
 * A quoted log line made plain for the diagnostic parsers: colour codes,
 * GitHub Actions / Azure timestamps (`2019-12-26T22:11:23.3293161Z `),
 * CircleCI-era syslog-style stamps (`Dec 19 21:17:17 `) and Travis-era
 * elapsed-time prefixes (`[00:04:12] `) removed.
 */
function plainLogLine(line) {
    let out = line.indexOf('\u001b') === -1 ? line : line.replace(ANSI_ESCAPE, '');
    if (out.length > 20 && out[4] === '-' && out[10] === 'T') {
        const space = out.indexOf(' ');
        if (space > 18 && space < 40 && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z?$/.test(out.slice(0, space))) {
            out = out.slice(space + 1);
        }
    }
    // CircleCI-era logs as Dr. CI quoted them: "Dec 19 21:17:17 ".
    const syslog = out.length > 16 && out[3] === ' ' ? /^[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} /.exec(out) : null;
    if (syslog)
        out = out.slice(syslog[0].length);
    if (out.length > 10 && out[0] === '[' && out[3] === ':' && out[6] === ':' && out[9] === ']' && /^\[\d{2}:\d{2}:\d{2}\] ?/.test(out)) {
        out = out.slice(out[10] === ' ' ? 11 : 10);
    }
    return out;
}
/** Lines that are only markup around a quoted log: details/summary tags, fences, `---` separators. */
function isMarkupLine(line) {
    const t = line.trim();
    if (t === '' || t === '---')
        return t === '---';
    if (t.startsWith('```'))
        return true;
    if (t.startsWith('<') && t.endsWith('>') && /^(?:<\/?(?:details|summary|p|i|b|code|br)\b[^<>]{0,80}>\s*)+$/i.test(t))
        return true;
    return false;
}
/** The lines inside code fences of a block of text; when there is no fence, null. */
function fencedLines(lines) {
    const out = [];
    let inFence = false;
    let sawFence = false;
    for (const line of lines) {
        if (line.trimStart().startsWith('```')) {
            inFence = !inFence;
            sawFence = true;
            continue;
        }
        if (inFence)
            out.push(line);
    }
    return sawFence ? out : null;
}
/** Removes inline HTML tags (`<code>`, `</span>`, `<h2>`) from a line. */
function stripTags(line) {
    if (line.indexOf('<') === -1)
        return line;
    let out = '';
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (c === '<') {
            const close = line.indexOf('>', i + 1);
            const inner = close === -1 ? '' : line.slice(i + 1, close);
            if (close !== -1 && close - i < 200 && /^\/?[A-Za-z][A-Za-z0-9]{0,10}\b[^<>]*$/.test(inner)) {
                i = close + 1;
                continue;
            }
        }
        out += c;
        i++;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/reports/zuul.ts


function zuul_isUrl(token) {
    return token.startsWith('http://') || token.startsWith('https://');
}
/** Reads one Zuul job line, or null. Hand-tokenised: linear whatever the line holds. */
function parseZuulJobLine(line) {
    const colon = line.indexOf(' : ');
    if (colon === -1)
        return null;
    let head = line.slice(0, colon).trim();
    const tail = line.slice(colon + 3).trim();
    const space = tail.indexOf(' ');
    const resultWord = space === -1 ? tail : tail.slice(0, space);
    if (statusOfResultWord(resultWord) === undefined)
        return null;
    const rest = space === -1 ? '' : tail.slice(space + 1).trim();
    let bulleted = false;
    if (head.startsWith('- ') || head.startsWith('* ')) {
        bulleted = true;
        head = head.slice(2).trim();
    }
    if (head === '')
        return null;
    // Markdown: [name ](url)
    if (head.startsWith('[') && head.endsWith(')')) {
        const links = markdownLinks(head, 2);
        if (links.length !== 1)
            return null;
        const { text, url } = links[0];
        return { name: text || null, url: zuul_isUrl(url) ? url : null, resultWord, rest, bulleted };
    }
    const tokens = head.split(/\s+/);
    if (tokens.length > 2)
        return null;
    if (tokens.length === 2) {
        if (!zuul_isUrl(tokens[1]) || zuul_isUrl(tokens[0]))
            return null;
        return { name: tokens[0], url: tokens[1], resultWord, rest, bulleted };
    }
    if (zuul_isUrl(tokens[0]))
        return { name: null, url: tokens[0], resultWord, rest, bulleted };
    // "- job : SKIPPED": only with the bullet, so prose such as "Note : SUCCESS" is not a job.
    if (!bulleted || !/^[\w.+-]{1,200}$/.test(tokens[0]))
        return null;
    return { name: tokens[0], url: null, resultWord, rest, bulleted };
}
/** Zuul's own marks, which Jenkins Gerrit Trigger lines never carry. */
function looksLikeZuulLine(job) {
    return job.bulleted || job.name !== null || /^in (?:\d{1,4}h )?(?:\d{1,4}m )?\d{1,4}s\b/.test(job.rest) || job.rest.includes('(non-voting)');
}
/** What follows the result once " in 5m 12s" and "(non-voting)" are taken out: Zuul's error text, if any. */
function zuulErrorText(rest) {
    let out = rest.replace('(non-voting)', ' ');
    const duration = /^\s*in (?:\d{1,4}h )?(?:\d{1,4}m )?\d{1,4}s\b/.exec(out);
    if (duration)
        out = out.slice(duration[0].length);
    return out.replace(/\s{2,}/g, ' ').trim();
}
const VERDICT_WORDS = [
    ['build failed', 'failed'],
    ['build succeeded', 'successful'],
    ['merge failed', 'failed'],
    ['build canceled', 'aborted'],
    ['build cancelled', 'aborted'],
    ['starting check jobs', 'started'],
    ['starting gate jobs', 'started'],
];
function zuulVerdict(head) {
    const lower = head.toLowerCase();
    for (const [words, verdict] of VERDICT_WORDS)
        if (lower.includes(words))
            return verdict;
    return null;
}
function parseZuulReport(message, body) {
    const lines = body.split('\n');
    const parsed = [];
    lines.forEach((line, index) => {
        if (line.indexOf(' : ') === -1)
            return;
        const job = parseZuulJobLine(line);
        if (job)
            parsed.push({ index, job });
    });
    if (parsed.length === 0 || !parsed.some(({ job }) => looksLikeZuulLine(job)))
        return null;
    const jobs = parsed.map(({ job }) => {
        const fromUrl = job.url ? jobFromUrl(job.url) : { name: job.name ?? 'job', build: null };
        const status = statusOfResultWord(job.resultWord) ?? 'unknown';
        const report = {
            name: job.name ?? fromUrl.name,
            url: job.url,
            // Only a Jenkins URL numbers builds; Zuul v3 build URLs end in a UUID.
            build: job.url && job.url.includes('/job/') ? fromUrl.build : null,
            status,
            patchSet: message.patchSet,
            // The result and any error text Zuul appended: all it says about the job. The
            // duration and the voting mark are left out, so that two jobs that failed
            // alike read alike.
            text: `${job.resultWord} ${zuulErrorText(job.rest)}`.trim(),
        };
        if (job.rest.includes('(non-voting)'))
            report.voting = false;
        return report;
    });
    const head = lines.slice(0, parsed[0].index).join('\n');
    const vote = /\bVerified([+-]\d)\b/.exec(head);
    return {
        dialect: 'zuul',
        author: message.author,
        date: message.date,
        patchSet: message.patchSet,
        verdict: zuulVerdict(head),
        vote: vote ? Number(vote[1]) : null,
        jobs,
    };
}

;// CONCATENATED MODULE: ./src/reports/prow.ts


/**
 * Prow's failed-test table (k8s-ci-robot, openshift-ci-robot, Jenkins X
 * Lighthouse and other Prow deployments), kubernetes/test-infra
 * `prow/plugins/.../report`:
 *
 *   @user: The following tests **failed**, say `/retest` to rerun all failed tests…
 *
 *   Test name | Commit | Details | Required | Rerun command
 *   --- | --- | --- | --- | ---
 *   pull-foo | 04e811c… | [link](<url>) | true | `/test pull-foo`
 *
 * Older Prow had no Required column; its first form said "The following
 * test(s) **failed**:". One comment lists every currently failing job; the
 * bot quotes no log, so each job's text is empty.
 *
 * GitHub's e-mail notification renders the table as plain text, and e-mail
 * replies quote it back into the PR (`> ` lines, links as `<url>`):
 *
 *   Test name Commit Details Rerun command
 *   pull-kubernetes-e2e-gce a6a5c91
 *   <commit url>
 *   link
 *   <build url> /test
 *   pull-kubernetes-e2e-gce
 */
function looksLikeProwReport(body) {
    if (!body.includes('Test name'))
        return false;
    if (!body.includes('| Commit') && !body.includes('Test name Commit Details'))
        return false;
    return body.includes('failed*') || body.includes('**passed!**');
}
/** The e-mail rendering: a row starts with "<name> <short sha>", its build link follows in <…>. */
function emailRows(lines, headerIndex) {
    const rows = [];
    for (let i = headerIndex + 1; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '' || line.startsWith('Full PR test history') || line.startsWith('Instructions for'))
            break;
        const space = line.lastIndexOf(' ');
        const last = space === -1 ? '' : line.slice(space + 1);
        if (space > 0 && /^[0-9a-f]{7,40}$/.test(last) && !line.startsWith('<')) {
            rows.push({ name: line.slice(0, space).trim(), commit: last, url: null });
            continue;
        }
        const row = rows[rows.length - 1];
        if (row && row.url === null && line.startsWith('<http') && !line.includes('/commit/')) {
            const close = line.indexOf('>');
            if (close !== -1)
                row.url = line.slice(1, close);
        }
    }
    return rows;
}
function cells(line) {
    let t = line.trim();
    if (t.startsWith('|'))
        t = t.slice(1);
    if (t.endsWith('|'))
        t = t.slice(0, -1);
    return t.split('|').map((c) => c.trim());
}
function isSeparatorRow(line) {
    return /^[\s|:-]+$/.test(line) && line.includes('-');
}
function parseProwReport(message, body) {
    if (!looksLikeProwReport(body))
        return null;
    const lines = body.split('\n');
    const headerIndex = lines.findIndex((line) => line.includes('Test name') && line.includes('|'));
    const jobs = [];
    let commit = null;
    const emailHeader = headerIndex === -1 ? lines.findIndex((line) => line.trim().startsWith('Test name Commit Details')) : -1;
    if (emailHeader !== -1) {
        for (const row of emailRows(lines, emailHeader)) {
            commit ??= row.commit;
            jobs.push({ name: row.name, url: row.url, build: row.url ? jobFromUrl(row.url).build : null, status: 'failure', patchSet: message.patchSet, text: '', commit: row.commit });
        }
    }
    if (headerIndex !== -1) {
        const header = cells(lines[headerIndex]).map((c) => c.toLowerCase());
        const col = (name) => header.findIndex((h) => h === name);
        const nameCol = col('test name');
        const commitCol = col('commit');
        const detailsCol = col('details');
        const requiredCol = col('required');
        for (let i = headerIndex + 1; i < lines.length; i++) {
            const line = lines[i];
            if (line.trim() === '' || !line.includes('|'))
                break;
            if (isSeparatorRow(line))
                continue;
            const row = cells(line);
            const name = row[nameCol] ?? '';
            if (name === '')
                continue;
            const details = detailsCol === -1 ? '' : row[detailsCol] ?? '';
            const link = markdownLinks(details, 1)[0];
            const url = link && /^https?:\/\//.test(link.url) ? link.url : null;
            const rowCommit = commitCol === -1 ? null : row[commitCol] || null;
            commit ??= rowCommit;
            const job = {
                name,
                url,
                build: url ? jobFromUrl(url).build : null,
                status: 'failure',
                patchSet: message.patchSet,
                text: '',
                commit: rowCommit,
            };
            const required = requiredCol === -1 ? '' : (row[requiredCol] ?? '').toLowerCase();
            if (required === 'false')
                job.voting = false;
            jobs.push(job);
        }
    }
    const verdict = jobs.length > 0 ? 'failed' : body.includes('**passed!**') ? 'successful' : null;
    // A table header with no job under it (a cut or edited comment) reports nothing.
    if (verdict === null)
        return null;
    return {
        dialect: 'prow',
        author: message.author,
        date: message.date,
        patchSet: message.patchSet,
        verdict,
        vote: null,
        jobs,
        commit,
    };
}

;// CONCATENATED MODULE: ./src/reports/rust-log-analyzer.ts


/**
 * rust-log-analyzer (rust-lang/rust-log-analyzer, src/bin/server/worker.rs):
 * one comment per failed build, for its first failed job only, in three
 * wordings over the years:
 *
 *   The job **`<name>`** failed! Check out the build log: [(web)](<url>) [(plain)](<url>)
 *   <details><summary><i>Click to see the possible cause of the failure (guessed by this bot)</i></summary>
 *   ```plain
 *   <log lines, blocks separated by ---> ```
 *   </details>
 *
 *   The job <name> of your PR [failed](<url>) ([raw log](<url>)). Through arcane magic …
 *   Your PR [failed on Travis](<url>) ([raw log](<url>)). Through arcane magic …
 *
 * The log lines are chosen statistically, not by meaning; they are the job's text.
 */
// Phrases only the bot writes; "of your PR failed" alone could be a person's sentence.
const MARKERS = ['failed! Check out the build log', 'Through arcane magic', 'guessed by this bot'];
function looksLikeRustLogAnalyzer(body) {
    return MARKERS.some((marker) => body.includes(marker));
}
function between(text, start, end) {
    const a = text.indexOf(start);
    if (a === -1)
        return null;
    const b = text.indexOf(end, a + start.length);
    if (b === -1 || b - a > 300)
        return null;
    return text.slice(a + start.length, b);
}
function jobName(head) {
    const bold = between(head, '**`', '`**');
    if (bold)
        return bold.trim();
    const ofYourPr = between(head, 'The job ', ' of your PR');
    if (ofYourPr)
        return ofYourPr.trim();
    const rendered = between(head, 'The job ', ' failed!');
    if (rendered)
        return rendered.trim();
    const onCi = between(head, 'failed on ', ']');
    if (onCi)
        return onCi.trim();
    return null;
}
/** The build log link: "(web)", "failed on …", "failed", else the first URL. */
function buildUrl(head) {
    const links = markdownLinks(head);
    const preferred = links.find((l) => l.text === '(web)' || l.text.startsWith('failed'));
    if (preferred && /^https?:\/\//.test(preferred.url))
        return preferred.url;
    const url = firstUrl(head);
    return url;
}
function buildOf(url) {
    if (url === null)
        return null;
    const azure = /[?&]buildId=(\d{1,12})/.exec(url);
    if (azure)
        return buildNumber(azure[1]);
    return jobFromUrl(url).build;
}
/** Where the quoted log starts: after the expander's summary line. */
function logStart(lines) {
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.includes('Click to see the possible cause') || line.includes('Click to expand the log'))
            return i + 1;
    }
    return -1;
}
function parseRustLogAnalyzerReport(message, body) {
    if (!looksLikeRustLogAnalyzer(body))
        return null;
    const lines = body.split('\n');
    const start = logStart(lines);
    const headLines = start === -1 ? lines.slice(0, 12) : lines.slice(0, start);
    const head = headLines.join('\n');
    const name = jobName(head.replace(/\n/g, ' '));
    const url = buildUrl(head);
    let logLines = start === -1 ? [] : lines.slice(start);
    const fenced = fencedLines(logLines);
    if (fenced)
        logLines = fenced;
    const text = logLines
        // Travis's fold and timer markers are CI plumbing, never what failed.
        .filter((line) => !line.startsWith('travis_fold:') && !line.startsWith('travis_time:'))
        .filter((line) => !isMarkupLine(line) || line.trim() === '---')
        .map(plainLogLine)
        .join('\n')
        .trim();
    return {
        dialect: 'rust-log-analyzer',
        author: message.author,
        date: message.date,
        patchSet: message.patchSet,
        verdict: 'failed',
        vote: null,
        jobs: [
            {
                name: name ?? (url ? jobFromUrl(url).name : 'job'),
                url,
                build: buildOf(url),
                status: 'failure',
                patchSet: message.patchSet,
                text,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/reports/drci.ts


/**
 * PyTorch's Dr. CI summary (pytorch/test-infra torchci/lib/drciUtils.ts), one
 * comment kept up to date between `<!-- drci-comment-start -->` and
 * `<!-- drci-comment-end -->`:
 *
 *   ## :x: 2 New Failures, 1 Cancelled Job, 4 Unrelated Failures
 *   As of commit <sha> with merge base <sha> (…):
 *   <details open><summary><b>NEW FAILURES</b> - The following jobs have failed:</summary><p>
 *
 *   * [<job>](<hud url>) ([gh](<actions job url>))
 *       `<first failure line>`
 *   </p></details>
 *   <details ><summary><b>FLAKY</b> - The following jobs failed but were likely due to flakiness …
 *
 * NEW FAILURES block the PR; FLAKY, BROKEN TRUNK and UNSTABLE jobs failed too
 * but Dr. CI found them unrelated (voting: false); CANCELLED jobs are aborted.
 * The CircleCI-era Dr. CI (2019–2021) wrote `## :pill: … failures summary`
 * with a `#### [![…](…)](<build url>) <job> (1/1)` heading per job, the
 * failure line in `<code>` and a log excerpt in a fence; that is read too.
 */
function looksLikeDrCi(body) {
    if (body.includes('drci-comment-start'))
        return true;
    if (!body.includes('As of commit'))
        return false;
    return body.includes('## :x:') || body.includes(':white_check_mark:') || body.includes(':pill:') || body.includes('hud.pytorch.org') || body.includes('Dr. CI');
}
/** The class a `<summary><b>CLASS</b>` names, as status and whether it blocks. */
function sectionOf(line) {
    if (!line.includes('<summary>') || !line.includes('<b>'))
        return null;
    const title = (/<b>([^<]{1,60})<\/b>/.exec(line)?.[1] ?? '').toUpperCase();
    if (title.startsWith('NEW FAILURE'))
        return { status: 'failure', voting: true };
    if (title.startsWith('CANCELLED') || title.startsWith('CANCELED'))
        return { status: 'aborted', voting: true };
    if (title.startsWith('FLAKY') || title.startsWith('BROKEN TRUNK') || title.startsWith('UNSTABLE'))
        return { status: 'failure', voting: false };
    return { status: 'failure', voting: true };
}
function verdictOf(body) {
    if (body.includes('## :x:'))
        return 'failed';
    if (body.includes('## :white_check_mark:'))
        return 'successful';
    if (body.includes(':hourglass_flowing_sand:'))
        return 'started';
    if (body.includes(':pill:'))
        return 'failed';
    return null;
}
function commitOf(body) {
    const match = /As of commit ([0-9a-f]{7,40})\b/.exec(body);
    return match ? match[1] : null;
}
/** `* [name](hud)` with an optional `([gh](url))`; a bullet cut before `](` names no job. */
function jobFromBullet(line) {
    const t = line.trim();
    if (!t.startsWith('* [') && !t.startsWith('- ['))
        return null;
    const links = markdownLinks(t, 4);
    if (links.length === 0) {
        // Cut inside the link target: "* [name](" — the name is complete, the URL is not.
        const mid = t.indexOf('](');
        return mid === -1 ? null : { name: t.slice(3, mid).trim(), url: null };
    }
    const gh = links.find((l) => l.text === 'gh' && /^https?:\/\//.test(l.url));
    const first = links[0];
    const url = gh ? gh.url : /^https?:\/\/\S+$/.test(first.url) ? first.url : null;
    return { name: first.text, url };
}
/** CircleCI-era heading: `#### [![See CircleCI build](img)](<url>) <job> (1/1)`. */
function jobFromHeading(line) {
    const t = line.trim();
    if (!t.startsWith('#### ['))
        return null;
    const links = markdownLinks(t, 4);
    const outer = links.find((l) => /^https?:\/\//.test(l.url) && l.text.startsWith('!['));
    const close = outer ? t.indexOf(`](${outer.url})`) : -1;
    if (!outer || close === -1)
        return null;
    const after = t.slice(close + outer.url.length + 3).trim();
    const name = withoutJobCount(after).trim();
    return name ? { name, url: outer.url } : null;
}
/** A failure line Dr. CI quoted in backticks or `<code>`, without them. */
function quotedFailureLine(line) {
    const t = line.trim();
    if (t.startsWith('`') && !t.startsWith('```'))
        return t.replace(/^`{1,2}/, '').replace(/`{1,2}$/, '');
    if (t.startsWith('<code>'))
        return stripTags(t);
    return null;
}
function parseDrCiReport(message, body) {
    if (!looksLikeDrCi(body))
        return null;
    const lines = body.split('\n');
    const commit = commitOf(body);
    const jobs = [];
    let section = { status: 'failure', voting: true };
    let owned = [];
    // The job whose lines are being collected; closed once, by the next job, section or </details>.
    let open = null;
    const finish = () => {
        if (open) {
            const quoted = owned.map(quotedFailureLine).filter((l) => l !== null);
            const fenced = fencedLines(owned) ?? [];
            open.text = [...quoted, ...fenced].map(plainLogLine).join('\n').trim();
        }
        open = null;
        owned = [];
    };
    for (const line of lines) {
        const newSection = sectionOf(line);
        if (newSection) {
            finish();
            section = newSection;
            continue;
        }
        const found = jobFromBullet(line) ?? jobFromHeading(line);
        if (found) {
            finish();
            const job = {
                name: found.name,
                url: found.url,
                // A hud.pytorch.org URL carries the PR number, not a build's.
                build: found.url && !found.url.includes('hud.pytorch.org') ? jobFromUrl(found.url).build : null,
                status: section.status,
                patchSet: message.patchSet,
                text: '',
                commit,
            };
            if (!section.voting)
                job.voting = false;
            jobs.push(job);
            open = job;
            continue;
        }
        if (line.includes('</details>') && !line.trim().startsWith('<details')) {
            finish();
            continue;
        }
        if (open)
            owned.push(line);
    }
    finish();
    return {
        dialect: 'drci',
        author: message.author,
        date: message.date,
        patchSet: message.patchSet,
        verdict: verdictOf(body),
        vote: null,
        jobs,
        commit,
    };
}
/** Text without a trailing " (1/2)" job count; by hand: /\s*\(\d{1,4}\/\d{1,4}\)$/ was quadratic on runs of spaces. */
function withoutJobCount(text) {
    if (!text.endsWith(')'))
        return text;
    const digitsBefore = (end) => {
        let start = end;
        while (start > 0 && text[start - 1] >= '0' && text[start - 1] <= '9')
            start--;
        return start;
    };
    const slash = digitsBefore(text.length - 1) - 1;
    if (text.length - 2 - slash < 1 || text.length - 2 - slash > 4 || text[slash] !== '/')
        return text;
    const open = digitsBefore(slash) - 1;
    if (slash - open - 1 < 1 || slash - open - 1 > 4 || text[open] !== '(')
        return text;
    return text.slice(0, open).trimEnd();
}

;// CONCATENATED MODULE: ./src/reports/jenkins-pr.ts


/**
 * Jenkins commenting on GitHub pull requests:
 *
 * - GitHub Pull Request Builder (jenkinsci/ghprb-plugin), whose defaults are
 *   "Test PASSed." / "Test FAILed.", "Merged build finished." and
 *   "Refer to this link for build results (access rights to CI server needed): <url>",
 *   sometimes followed by the build's result and log tail
 *   (`<h2>Build result: ABORTED</span></h2>[...truncated N lines...]…`);
 * - pipeline jobs that post "Jenkins build for [<sha>](<commit url>) commit
 *   finished as FAILURE" with "Links: [Blue Ocean view](<url>) / [Build artifacts](<url>)".
 *
 * One comment is one build of one job; the job is named by its Jenkins URL.
 */
const GHPRB_MARKERS = ['Test FAILed.', 'Test PASSed.', 'Refer to this link for build results', 'Merged build finished.'];
function looksLikeJenkinsPr(body) {
    return GHPRB_MARKERS.some((m) => body.includes(m)) || (body.includes('Jenkins build for') && body.includes('finished as'));
}
function statusFromGhprb(body) {
    const result = /Build result: ([A-Z_]{3,20})/.exec(body);
    if (result)
        return statusOfResultWord(result[1]) ?? 'unknown';
    if (body.includes('Test FAILed.'))
        return 'failure';
    if (body.includes('Test PASSed.'))
        return 'success';
    return 'unknown';
}
function jenkins_pr_verdictOf(status) {
    if (status === 'success')
        return 'successful';
    if (status === 'failure')
        return 'failed';
    if (status === 'unstable')
        return 'unstable';
    if (status === 'aborted')
        return 'aborted';
    return null;
}
/** The pipeline wording: "Jenkins build for [sha](url) commit finished as FAILURE". */
function parsePipelineComment(message, body) {
    const finished = /commit finished as ([A-Z_]{3,20})/.exec(body);
    if (!finished)
        return null;
    const status = statusOfResultWord(finished[1]) ?? 'unknown';
    const links = body.split('\n').flatMap((line) => markdownLinks(line));
    const commitLink = links.find((l) => /^[0-9a-f]{7,40}$/.test(l.text));
    const jobLink = links.find((l) => l.url.includes('/job/'));
    const viewLink = links.find((l) => l !== commitLink && /^https?:\/\//.test(l.url));
    const url = viewLink?.url ?? jobLink?.url ?? null;
    const named = jobLink ? jobFromUrl(jobLink.url) : url ? jobFromUrl(url) : { name: 'build', build: null };
    const commit = commitLink?.text ?? null;
    return { ...oneJobReport(message, { name: named.name, url, build: named.build, status, patchSet: message.patchSet, text: '', commit }), commit };
}
/** A Jenkins PR-builder comment reports one build: the report of that one job. */
function oneJobReport(message, job) {
    return {
        dialect: 'jenkins-pr',
        author: message.author,
        date: message.date,
        patchSet: message.patchSet,
        verdict: jenkins_pr_verdictOf(job.status),
        vote: null,
        jobs: [job],
    };
}
function parseJenkinsPrReport(message, body) {
    if (!looksLikeJenkinsPr(body))
        return null;
    const pipeline = parsePipelineComment(message, body);
    if (pipeline)
        return pipeline;
    const status = statusFromGhprb(body);
    const url = firstUrl(body);
    const named = url ? jobFromUrl(url) : { name: body.includes('Merged build') ? 'merged build' : 'build', build: null };
    // What the plugin appended after the link: the build result and log tail, if any.
    const afterUrl = url ? body.slice(body.indexOf(url) + url.length) : '';
    const text = afterUrl
        .split('\n')
        .map((line) => stripTags(line).trim())
        .filter((line) => line !== '' && line !== 'Test FAILed.' && line !== 'Test PASSed.')
        .join('\n');
    return oneJobReport(message, { name: named.name, url, build: named.build, status, patchSet: message.patchSet, text });
}

;// CONCATENATED MODULE: ./src/reports/index.ts







/** Dialect names a BotReport can carry. */
const DIALECTS = (/* unused pure expression or super */ null && ([
    'gerrit-trigger',
    'url-status-list',
    'zuul',
    'prow',
    'rust-log-analyzer',
    'drci',
    'jenkins-pr',
    // Not a bot: a plain log read as one job (triage.ts).
    'log',
]));
/**
 * Reads one message as a CI report in whichever dialect it is written, or
 * returns null when it is not a report. The GitHub-side bots have marks no
 * Gerrit report carries, so they are tried first; Zuul before Jenkins Gerrit
 * Trigger, whose bare `<url> : RESULT` lines are the least specific. A quoted
 * report (`> ` in an e-mail reply or a comment) is read as the report.
 */
function parseBotReport(message) {
    const body = unquote(message.body);
    const unquoted = body === message.body ? message : { ...message, body };
    const report = parseDrCiReport(unquoted, body) ??
        parseProwReport(unquoted, body) ??
        parseRustLogAnalyzerReport(unquoted, body) ??
        parseJenkinsPrReport(unquoted, body) ??
        parseZuulReport(unquoted, body) ??
        parseGerritTriggerReport(unquoted);
    if (report && report.dialect === 'gerrit-trigger' && report.verdict === null && report.vote === null && !/patch ?set/i.test(body.slice(0, 400))) {
        // Only `<url> : STATUS` lines, nothing of Gerrit Trigger around them.
        report.dialect = 'url-status-list';
    }
    return report;
}
/** Every CI report found in the review's messages, in message order. */
function findBotReports(review) {
    const reports = [];
    for (const message of review.messages) {
        const report = parseBotReport(message);
        if (report)
            reports.push(report);
    }
    return reports;
}
/**
 * The newest report of each patch set and bot, newest patch set first. A
 * later message of the same bot about the same patch set (a recheck, Prow's
 * next table, Dr. CI's edit) replaces the earlier one; a "Build Started"
 * notice without results never replaces a finished report. Different bots
 * on the same patch set (Zuul and a third-party CI, Prow and Dr. CI) are all
 * kept. On GitHub there are no patch sets: each bot's newest report counts.
 */
function latestReportPerPatchSet(reports) {
    const byKey = new Map();
    for (const report of reports) {
        const key = `${report.patchSet ?? '-'}|${report.author ?? ''}|${report.dialect}`;
        const hasResults = report.jobs.some((job) => job.status !== 'unknown');
        const previous = byKey.get(key);
        if (previous && !hasResults)
            continue;
        // Re-insert so the map's order follows the newest report of each key.
        byKey.delete(key);
        byKey.set(key, report);
    }
    return [...byKey.values()].sort((a, b) => (b.patchSet ?? -1) - (a.patchSet ?? -1));
}
function sameJob(a, b) {
    return a.url !== null && b.url !== null ? a.url === b.url : a.name === b.name && a.status === b.status;
}
/**
 * The reports that describe the newest patch set (all of them when there are
 * no patch sets). A report whose every job another report already gives is a
 * person quoting that bot in a reply, not news: it is left out.
 */
function currentReports(latest) {
    if (latest.length === 0)
        return [];
    const patchSet = latest[0].patchSet;
    const kept = [];
    for (const report of latest.filter((r) => r.patchSet === patchSet)) {
        const repeats = report.jobs.length > 0 && kept.some((other) => report.jobs.every((job) => other.jobs.some((o) => sameJob(job, o))));
        if (!repeats)
            kept.push(report);
    }
    return kept;
}

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
            // Also after a digit: progress output glued to the path ("Completed: 0C:\\Users\\…").
            if (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '"' || text[i - 1] === '\'' || /\d/.test(text[i - 1]))
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

;// CONCATENATED MODULE: ./src/diagnostics/ld.ts
/** Quote pairs linkers use around a symbol, in every locale we have seen. */
const QUOTES = [['`', '\''], ['‘', '’'], ['»', '«'], ['«', '»'], ['„', '“'], ['"', '"'], ['\'', '\''], ['「', '」']];
/** Spaces and « » trimmed from both ends; by hand: /^[«»\s]+|[«»\s]+$/g backtracked quadratically. */
function trimGuillemets(text) {
    const strip = (c) => c === '«' || c === '»' || c.trim() === '';
    let start = 0;
    let end = text.length;
    while (start < end && strip(text[start]))
        start++;
    while (end > start && strip(text[end - 1]))
        end--;
    return text.slice(start, end);
}
/** The symbol inside the first quote pair of text (the closing quote is the last one). */
function quotedSymbol(text) {
    let best = null;
    for (const [open, close] of QUOTES) {
        const at = text.indexOf(open);
        if (at !== -1 && (best === null || at < best.at))
            best = { at, close };
    }
    if (!best)
        return null;
    const end = text.lastIndexOf(best.close);
    if (end <= best.at)
        return null;
    const inner = trimGuillemets(text.slice(best.at + 1, end).trim());
    return inner === '' ? null : inner;
}
function linkDiagnostic(tool, kind, symbol, message, file = null) {
    return {
        tool,
        severity: 'error',
        file,
        line: null,
        column: null,
        code: kind,
        message: message.trim(),
        context: [],
        subject: symbol,
    };
}
// Words of localised GNU ld for a symbol defined twice (en, de, fr, es, it, pt, ...).
const DUPLICATE_WORDS = ['multiple definition', 'mehrfache definition', 'définitions multiples', 'definición múltiple', 'definizione multipla', 'múltipla definição', 'множественное определение', '多重定义', '重複定義'];
const UNDEFINED_WORDS = ['undefined reference', 'undefinierter verweis', 'référence indéfinie', 'referencia a', 'riferimento non definito', 'referência indefinida', 'неопределённая ссылка', 'неопределенная ссылка', '未定义的引用', '定義されていない参照'];
function toolOfPrefix(line) {
    if (line.startsWith('ld.lld') || line.startsWith('lld-link') || line.startsWith('ld64.lld') || line.startsWith('wasm-ld'))
        return 'lld';
    if (line.indexOf('ld.gold') !== -1)
        return 'gold';
    return 'ld';
}
/** Where a location-like object prefix ends: `obj.o:(.text+0x5): ` or `file.cc:(.text+0x5): `. */
function sectionMessage(line) {
    const at = line.indexOf(':(.');
    if (at === -1)
        return null;
    // French typography puts a space before the colon: "obj.o:(.data+0x0) : définitions multiples de « x »".
    let close = line.indexOf('): ', at);
    let skip = 3;
    const spaced = line.indexOf(') : ', at);
    if (spaced !== -1 && (close === -1 || spaced < close)) {
        close = spaced;
        skip = 4;
    }
    if (close === -1 || close - at > 200)
        return null;
    return line.slice(close + skip);
}
/** One self-contained linker line, or null. */
function parseLinkerLine(line) {
    // lld: "ld.lld: error: undefined symbol: foo" / "duplicate symbol: foo".
    let at = line.indexOf('error: undefined symbol: ');
    if (at !== -1)
        return linkDiagnostic(toolOfPrefix(line), 'undefined', line.slice(at + 25).trim(), line.slice(at + 7));
    at = line.indexOf('error: duplicate symbol: ');
    if (at !== -1)
        return linkDiagnostic(toolOfPrefix(line), 'duplicate', line.slice(at + 25).trim(), line.slice(at + 7));
    // Missing libraries: bfd/gold "cannot find -lfoo", lld "unable to find library -lfoo", ld64 "library not found for -lfoo".
    at = line.indexOf(' -l');
    if (at !== -1 && (line.includes('cannot find -l') || line.includes('unable to find library -l') || line.includes('library not found for -l'))) {
        const name = /^-l([\w.+-]{1,200})/.exec(line.slice(at + 1));
        if (name) {
            const tool = line.includes('library not found for') ? 'ld64' : toolOfPrefix(line);
            const message = line.slice(line.indexOf(': ') === -1 ? 0 : line.indexOf(': ') + 2).replace(/^error: /, '');
            return linkDiagnostic(tool, 'missing-library', name[1], message);
        }
    }
    // Localised GNU ld: "/usr/bin/ld.bfd : ne peut pas trouver -lfoo : Aucun fichier…"; the shape is "<ld> : words -lname".
    if (at !== -1 && isGnuLdLine(line)) {
        const name = /^-l([\w.+-]{1,200})/.exec(line.slice(at + 1));
        if (name)
            return linkDiagnostic(toolOfPrefix(line), 'missing-library', name[1], line.slice(line.indexOf(':') + 1).trim());
    }
    // ld64 (Xcode 15+): "ld: library 'zstd' not found".
    if (line.startsWith('ld: library ') && line.trimEnd().endsWith(' not found')) {
        const name = /^ld: library '([^']{1,200})' not found/.exec(line.trimEnd());
        if (name)
            return linkDiagnostic('ld64', 'missing-library', name[1], line.slice(4).trim());
    }
    // ld64: "duplicate symbol '_x' in:" (older: "duplicate symbol _x in:").
    if (line.startsWith('duplicate symbol ') && line.trimEnd().endsWith(' in:')) {
        const raw = line.slice(17, line.trimEnd().length - 4).trim();
        const symbol = raw.replace(/^'|'$/g, '');
        return linkDiagnostic('ld64', 'duplicate', stripMachOUnderscore(symbol), line.trimEnd().slice(0, -4));
    }
    // gold: "obj:file.cc:function main: error: undefined reference to 'foo'"; "error: obj: multiple definition of 'foo'".
    const lower = line.toLowerCase();
    const hasUndefined = lower.includes('undefined reference') || (lower.includes('(.') && UNDEFINED_WORDS.some((w) => lower.includes(w)));
    const hasDuplicate = !hasUndefined && (lower.includes('multiple definition') || (lower.includes('(.') && DUPLICATE_WORDS.some((w) => lower.includes(w))));
    if (hasUndefined || hasDuplicate) {
        const message = sectionMessage(line) ?? line.slice(line.lastIndexOf('error: ') === -1 ? 0 : line.lastIndexOf('error: ') + 7);
        // "multiple definition of `x'; other.o:(.bss+0x0): first defined here": the symbol is before the ';'.
        const semicolon = message.indexOf('; ');
        const symbolText = hasDuplicate && semicolon !== -1 ? message.slice(0, semicolon) : message;
        const symbol = quotedSymbol(symbolText);
        if (symbol) {
            const tool = line.includes('ld.gold') || line.includes(': error: undefined reference') ? 'gold' : toolOfPrefix(line);
            return linkDiagnostic(tool, hasUndefined ? 'undefined' : 'duplicate', symbol, hasDuplicate && semicolon !== -1 ? message.slice(0, semicolon) : message);
        }
    }
    return null;
}
/** A line GNU ld (bfd or gold) starts with its own name: "/usr/bin/ld: …", "ld.bfd : …" (French spacing). */
function isGnuLdLine(line) {
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 200)
        return false;
    const head = line.slice(0, colon).trimEnd();
    const name = head.slice(head.lastIndexOf('/') + 1);
    return name === 'ld' || name === 'ld.bfd' || name === 'ld.gold' || name === 'ld.exe' || /^[\w-]{1,60}-ld(?:\.bfd|\.gold)?(?:\.exe)?$/.test(name);
}
/** Mach-O prefixes C symbols with `_`; the C name is what other linkers print. */
function stripMachOUnderscore(symbol) {
    return symbol.startsWith('_') && !symbol.includes('(') ? symbol.slice(1) : symbol;
}
/**
 * ld64's block: `Undefined symbols for architecture x86_64:` then, per symbol,
 * `  "_foo", referenced from:` and indented referrers.
 */
class Ld64UndefinedBlock {
    active = false;
    current = null;
    /** True when the line belonged to the block. */
    push(line, emit) {
        if (!this.active) {
            if (line.startsWith('Undefined symbols for architecture ')) {
                this.active = true;
                return true;
            }
            return false;
        }
        const trimmed = line.trim();
        if (line.startsWith('  "') || line.startsWith('  _') || line.startsWith('  \'')) {
            const end = trimmed.indexOf(', referenced from');
            const raw = (end === -1 ? trimmed : trimmed.slice(0, end)).replace(/^["']|["']$/g, '');
            this.current = linkDiagnostic('ld64', 'undefined', stripMachOUnderscore(raw), `Undefined symbol ${raw}`);
            emit(this.current);
            return true;
        }
        if ((line.startsWith('    ') || line.startsWith('\t')) && trimmed !== '') {
            if (this.current && this.current.context.length < 20)
                this.current.context.push(trimmed);
            return true;
        }
        if (trimmed.startsWith('ld: symbol(s) not found') || trimmed === '') {
            // The summary closes the block; a blank line may sit inside some outputs.
            if (trimmed !== '')
                this.active = false;
            return true;
        }
        this.active = false;
        this.current = null;
        return false;
    }
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
/**
 * The same severities as a GCC run in the user's language prints them (from
 * GCC's own catalogues: de, fr, es, it, pt, nl, sv, ru, uk, zh, ja, tr, ...).
 * Only tried when no English marker is on the line.
 */
const LOCALISED_SEVERITY_MARKERS = [
    [': schwerwiegender Fehler: ', 'fatal'], [': erreur fatale: ', 'fatal'], [': error fatal: ', 'fatal'], [': errore fatale: ', 'fatal'],
    [': erro fatal: ', 'fatal'], [': fatale fout: ', 'fatal'], [': ödesdigert fel: ', 'fatal'], [': неисправимая ошибка: ', 'fatal'],
    [': 致命错误：', 'fatal'], [': 致命的エラー: ', 'fatal'],
    [': Fehler: ', 'error'], [': erreur: ', 'error'], [': errore: ', 'error'], [': erro: ', 'error'], [': fout: ', 'error'],
    [': fel: ', 'error'], [': ошибка: ', 'error'], [': помилка: ', 'error'], [': 错误：', 'error'], [': エラー: ', 'error'],
    [': hata: ', 'error'], [': błąd: ', 'error'], [': chyba: ', 'error'], [': virhe: ', 'error'], [': lỗi: ', 'error'],
    [': Warnung: ', 'warning'], [': attention: ', 'warning'], [': aviso: ', 'warning'], [': avviso: ', 'warning'],
    [': advertencia: ', 'warning'], [': waarschuwing: ', 'warning'], [': varning: ', 'warning'], [': предупреждение: ', 'warning'],
    [': 警告：', 'warning'], [': 警告: ', 'warning'], [': uyarı: ', 'warning'],
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
    // A localised run: cheap gate on a digit before ": " (a line:col location) first.
    if (!/\d: /.test(text))
        return null;
    for (const [marker, severity] of LOCALISED_SEVERITY_MARKERS) {
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
    'incompatible function pointer types', 'errors generated',
];
const GCC_WORDING = [
    '{aka ', '[-fpermissive]', 'was not declared in this scope', 'has no member named', 'invalid conversion from',
    '[-Werror=', 'No such file or directory', 'does not name a type', 'expected primary-expression',
    'from incompatible pointer type', 'marked \'override\', but does not override',
];
function gnuToolFromWording(message) {
    const normalised = message.replace(/"/g, '\'');
    // GCC first: Clang's "no member named" is inside GCC's "has no member named".
    if (GCC_WORDING.some((w) => normalised.includes(w)))
        return 'gcc';
    if (CLANG_WORDING.some((w) => normalised.includes(w)))
        return 'clang';
    return null;
}
function gnuDiagnostic(parsed, context = []) {
    return {
        tool: gnuLineTool(parsed),
        severity: parsed.severity,
        file: parsed.file,
        line: parsed.line,
        column: parsed.column,
        code: null,
        message: parsed.message,
        context,
    };
}
/**
 * Lines GCC and Clang print BEFORE the diagnostic they explain: the include
 * chain, the enclosing function, the template backtrace. GNU ld prints
 * `obj.o: in function `f':` before its undefined references.
 */
function isLeadingContextLine(line) {
    const c = line.charCodeAt(0);
    // Every leading-context line starts with "In ", spaces ("  from"), or a path; none is a build-step tag.
    if (c === 91 /* [ */ || c === 45 /* - */)
        return false;
    if (line.startsWith('In file included from ') || line.startsWith('In module '))
        return true;
    if (line.startsWith('                 from '))
        return true;
    const trimmed = line.trimEnd();
    if (!trimmed.endsWith(':') && !trimmed.endsWith(',')) {
        // "f.cc:7:49:   required from here" / "required from 'void f()'" / "required by substitution of".
        return line.indexOf(':   required ') !== -1 || line.indexOf(':   in \'constexpr\' expansion') !== -1 || line.indexOf(':   instantiated from') !== -1;
    }
    if (line.indexOf(': In ') !== -1 || line.indexOf(': At global scope:') !== -1 || line.indexOf(': At top level:') !== -1)
        return true;
    // GNU ld / gold, in any language: "ld: obj.o: in function `f':", "ld.bfd : obj.o : dans la fonction « f » :".
    if (isGnuLdLine(line))
        return true;
    return line.indexOf(': in function ') !== -1 || line.indexOf(': In function ') !== -1 || line.indexOf(':   required from') !== -1;
}
/** Lines that close a compiler's or linker's output without adding a cause. */
function isSummaryLine(line) {
    // Summaries are short; most log lines are not, and leave here without a copy.
    if (line.length > 300)
        return false;
    const t = line.trim();
    if (t.endsWith(' generated.'))
        return / (?:errors?|warnings?|warnings? and \d{1,9} errors?) generated\.$/.test(t);
    return (t === 'compilation terminated.' ||
        t.endsWith('all warnings being treated as errors') ||
        t.includes('error: ld returned ') ||
        t.includes('error: linker command failed') ||
        t.startsWith('ld: symbol(s) not found') ||
        t.startsWith('ninja: build stopped') ||
        (t.startsWith('make') && t.includes(': *** ')) ||
        t.startsWith('gmake') && t.includes(': *** '));
}
// clang-tidy names its checks in brackets at the end: "[modernize-use-nullptr]", "[clang-analyzer-core.NullDereference]".
const TIDY_CHECK = /\[((?:clang-analyzer|modernize|bugprone|readability|performance|cppcoreguidelines|google|misc|cert|hicpp|llvm|llvmlibc|portability|concurrency|abseil|android|boost|darwin|fuchsia|linuxkernel|mpi|objc|openmp|zircon|altera)-[\w.,-]{1,200})\]$/;
/** The tool the line's shape and wording tell, beyond GCC vs Clang. */
function gnuLineTool(parsed) {
    if (parsed.message.endsWith('[-Wclang-format-violations]'))
        return 'clang-format';
    if (parsed.message.endsWith(']') && TIDY_CHECK.test(parsed.message))
        return 'clang-tidy';
    if (parsed.file.endsWith('.java'))
        return 'javac';
    if (parsed.file.endsWith('.kt'))
        return 'kotlinc';
    return gnuToolFromWording(parsed.message);
}
/** The clang-tidy check named at the end of a message, or null. */
function tidyCheckOf(message) {
    const m = TIDY_CHECK.exec(message);
    return m ? m[1].split(',')[0] : null;
}
/**
 * The compiler of a diagnostic whose wording did not tell, from how it printed
 * the source: GCC 9+ numbers excerpt lines (`    4 |   code`) and names the
 * enclosing function first (`f.cc: In function …`); Clang ends with `N errors generated.`.
 */
function compilerFromShape(context, sawClangSummary) {
    for (const line of context) {
        if (/^\s{1,8}\d{1,7} \| /.test(line) || line.indexOf(': In function ') !== -1 || line.indexOf(': In member function ') !== -1)
            return 'gcc';
    }
    return sawClangSummary ? 'clang' : null;
}

;// CONCATENATED MODULE: ./src/diagnostics/quotes.ts
/**
 * The text of the first quote pair: an opening quote, 1..max characters, the first
 * closing quote after it. By hand: the regex with a bounded class between quote
 * classes backtracked polynomially on runs of opening quotes.
 */
function firstQuoted(text, opens, closes, max) {
    let close = -1; // the first closing quote after the current opening one
    for (let open = 0; open < text.length; open++) {
        if (!opens.includes(text[open]))
            continue;
        if (close <= open) {
            close = open + 1;
            while (close < text.length && !closes.includes(text[close]))
                close++;
        }
        const length = close - open - 1;
        if (close < text.length && length >= 1 && length <= max)
            return text.slice(open + 1, close);
    }
    return null;
}

;// CONCATENATED MODULE: ./src/diagnostics/msvc.ts


/**
 * MSVC diagnostics: `file(line[,col]): error CNNNN: message`. The severity word
 * is localised ("Fehler", "erreur", ...); the code and the line's shape are not,
 * so the code decides. MSBuild appends ` [C:\path\project.vcxproj]`.
 */
// Bounded quantifiers only: a hostile line cannot make this backtrack far.
const MSVC_TAIL = /^\((\d{1,9})(?:,(\d{1,9}))?(?:,\d{1,9},\d{1,9})?\)\s?:\s{0,4}(?:[^\s:]{1,24}\s){0,3}([A-Z]{1,3}\d{4})\s?:\s?(.*)$/;
const WARNING_WORDS = ['warn', 'avertissement', 'avviso', 'advertencia', 'aviso', 'waarschuwing', 'varning', '警告', '경고', 'предупрежд', 'uyarı', 'ostrzeżenie', 'upozornění'];
const ERROR_WORDS = ['error', 'fehler', 'erreur', 'errore', 'erro', 'fout', 'fel', 'błąd', 'chyba', 'hata', 'ошибка', '错误', '錯誤', 'エラー', '오류'];
/**
 * The severity word decides, in any language we know ("error C4430" is an
 * error although C4xxx are warning codes); without one, the code's range does.
 */
function severityOfMsvcCode(code, words) {
    const lowered = words.toLowerCase();
    if (lowered.includes('fatal') || lowered.includes('schwerwiegend') || lowered.includes('致命'))
        return 'fatal';
    if (WARNING_WORDS.some((w) => lowered.includes(w)))
        return 'warning';
    if (ERROR_WORDS.some((w) => lowered.includes(w)))
        return /^(?:C1\d{3}|LNK1\d{3})$/.test(code) ? 'fatal' : 'error';
    if (/^C4\d{3}$/.test(code) || /^LNK4\d{3}$/.test(code))
        return 'warning';
    if (/^C1\d{3}$/.test(code) || /^LNK1\d{3}$/.test(code))
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
        tool: toolOfCode(match[3]),
        severity: severityOfMsvcCode(match[3], words),
        file,
        line: Number(match[1]),
        column: match[2] ? Number(match[2]) : null,
        code: match[3],
        message,
        context: [],
    };
}
/** tsc prints MSVC's shape with TS codes; a code's letters tell the tool. */
function toolOfCode(code) {
    if (code.startsWith('TS'))
        return 'tsc';
    if (code.startsWith('LNK'))
        return 'link.exe';
    if (code.startsWith('CS'))
        return 'csc';
    if (code.startsWith('NU'))
        return 'nuget';
    if (code.startsWith('MSB'))
        return 'msbuild';
    return 'msvc';
}
const LNK_CODE = /\bLNK\d{4}\b/;
/** LNK1120 and LNK1169 only count the unresolved or multiply defined symbols listed above them: not root causes. */
const LINK_SUMMARY_CODES = new Set(['LNK1120', 'LNK1169']);
/**
 * link.exe: `main.obj : error LNK2019: unresolved external symbol "int __cdecl
 * foo(int)" (?foo@@YAHH@Z) referenced in function main`, `LINK : fatal error
 * LNK1104: cannot open file 'x.lib'`. Localised words, same code and shape.
 */
function parseLinkExeLine(text) {
    if (text.indexOf('LNK') === -1)
        return null;
    const match = LNK_CODE.exec(text);
    if (!match)
        return null;
    let rest = text.slice(match.index + match[0].length);
    if (!rest.startsWith(':') && !rest.startsWith(' :'))
        return null;
    rest = rest.slice(rest.indexOf(':') + 1).trim();
    const head = text.slice(0, match.index);
    const sep = head.lastIndexOf(' : ') !== -1 ? head.lastIndexOf(' : ') : head.lastIndexOf(': ');
    if (sep === -1)
        return null;
    const words = head.slice(sep + 2).trim();
    let objectPart = head.slice(0, sep).trim();
    // cl.exe-style location on a link error ("log.c(40): error LNK2019: …"): the line is not part of the name.
    let lineNo = null;
    const located = /\((\d{1,9})(?:,\d{1,9})?\)$/.exec(objectPart);
    if (located) {
        lineNo = Number(located[1]);
        objectPart = objectPart.slice(0, located.index);
    }
    const file = objectPart.slice(pathStart(objectPart)).trim();
    let message = rest;
    const project = message.lastIndexOf(' [');
    if (project !== -1 && /\.(vcx|cs|vb)proj\]$/i.test(message))
        message = message.slice(0, project).trim();
    const code = match[0];
    return {
        tool: 'link.exe',
        severity: severityOfMsvcCode(code, words),
        file: file === '' || file.toUpperCase() === 'LINK' ? null : file,
        line: lineNo,
        column: null,
        code,
        message,
        context: [],
        subject: linkExeSubject(code, message),
    };
}
/** The symbol (or library) a link.exe message is about. */
function linkExeSubject(code, message) {
    if (code === 'LNK1104' || code === 'LNK1181') {
        return firstQuoted(message, '\'"‘„«', '\'"’“»', 500);
    }
    // The unresolved symbol comes first: bare for C ("symbol c_helper referenced in"), else the first
    // quoted name ("void __cdecl Log(char const *)" (?Log@@YAXPEBD@Z)); the referencing function follows.
    const bare = /\b(?:symbol|Symbol|symbole|simbolo|símbolo)\s([^\s"]{1,1000})/.exec(message);
    if (bare)
        return bare[1];
    const quoted = /"([^"]{1,2000})"/.exec(message);
    if (quoted)
        return quoted[1];
    // Languages without a word we know for "symbol" (无法解析的外部符号 __imp_pthread_create): the first ASCII identifier.
    const identifier = /(?:^|[^\x21-\x7e])([A-Za-z_?][\w@?$:<>~]{0,1000})/.exec(message);
    return identifier ? identifier[1] : null;
}
/**
 * A row copied from Visual Studio's Error List: tab-separated columns
 * `Severity Code Description Project File Line [Suppression State]`.
 */
function parseErrorListRow(text) {
    if (text.indexOf('\t') === -1)
        return null;
    const cells = text.split('\t', 12).map((c) => c.trim());
    if (cells.length < 3)
        return null;
    const codeIndex = cells.findIndex((c, i) => i <= 2 && /^(?:[A-Z]{1,3}\d{4}|LNK\d{4})$/.test(c));
    if (codeIndex === -1)
        return null;
    const code = cells[codeIndex];
    const severityWord = cells.slice(0, codeIndex).join(' ');
    const message = cells[codeIndex + 1] ?? '';
    if (message === '')
        return null;
    let file = null;
    let line = null;
    // Description, then Project, then File and Line.
    for (let i = codeIndex + 3; i < cells.length; i++) {
        if (file === null && /[\\/]|\.\w{1,5}$/.test(cells[i]) && !/^\d+$/.test(cells[i]))
            file = cells[i];
        else if (file !== null && /^\d{1,9}$/.test(cells[i])) {
            line = Number(cells[i]);
            break;
        }
    }
    const tool = toolOfCode(code);
    return {
        tool,
        severity: severityOfMsvcCode(code, severityWord),
        file,
        line,
        column: null,
        code,
        message,
        context: [],
        subject: code.startsWith('LNK') ? linkExeSubject(code, message) : null,
    };
}

;// CONCATENATED MODULE: ./src/diagnostics/sanitizers.ts
function parseLocation(text) {
    const m = /^(.{1,2000}?):(\d{1,9})(?::(\d{1,9}))?$/.exec(text);
    if (!m)
        return { file: text === '<null>' ? null : text, line: null, column: null };
    return { file: m[1], line: Number(m[2]), column: m[3] ? Number(m[3]) : null };
}
/** A trailing `(module+0x1f)` or `(BuildId: …)` group: where it opens, or -1. */
function trailingParenGroup(text) {
    if (!text.endsWith(')'))
        return -1;
    const open = text.lastIndexOf(' (');
    if (open === -1)
        return -1;
    const inner = text.slice(open + 2, -1);
    return inner.startsWith('BuildId') || inner.includes('+0x') || inner.startsWith('/') || inner.startsWith('<') ? open : -1;
}
/**
 * One stack frame: ASan/LSan `#1 0x55d in close_and_read() /path/f.cc:7:10`
 * (or `… in __interceptor_malloc (/bin/x+0xa3) (BuildId: …)`), TSan
 * `#0 record() /path/f.cc:3 (bin+0x123c)`. Read from the ends, no regex over the name.
 */
function parseFrame(line) {
    let rest = line.trim();
    if (!rest.startsWith('#'))
        return null;
    const space = rest.indexOf(' ');
    if (space === -1 || !/^#\d{1,4}$/.test(rest.slice(0, space)))
        return null;
    rest = rest.slice(space + 1);
    if (rest.startsWith('0x')) {
        const inAt = rest.indexOf(' in ');
        if (inAt === -1)
            return { function: '<null>', file: null, line: null, column: null };
        rest = rest.slice(inAt + 4);
    }
    for (let k = 0; k < 2; k++) {
        const open = trailingParenGroup(rest);
        if (open === -1)
            break;
        rest = rest.slice(0, open);
    }
    const last = rest.lastIndexOf(' ');
    if (last !== -1) {
        const token = rest.slice(last + 1);
        if (token.startsWith('/') || token.startsWith('<null>') || /^[A-Za-z]:[\\/]/.test(token) || /:\d{1,9}(?::\d{1,9})?$/.test(token) || token.startsWith('../') || token.startsWith('./')) {
            return { function: rest.slice(0, last).trim(), ...parseLocation(token) };
        }
    }
    return { function: rest.trim(), file: null, line: null, column: null };
}
const RUNTIME_PATHS = ['/usr/include/', '/include/c++/', '/usr/lib/', 'libsanitizer/', 'compiler-rt/', 'csu/', 'sysdeps/', '/rustc/', 'libc-start', '/usr/src/'];
/** A frame in the project's own code: not the runtime, the C/C++ library or an interceptor. */
function isProjectFrame(frame) {
    const fn = frame.function;
    if (fn === '<null>' || fn.startsWith('__interceptor_') || fn.startsWith('__sanitizer') || fn.startsWith('__asan') || fn.startsWith('__tsan') || fn.startsWith('__libc_') || fn === '_start')
        return false;
    const bare = bareFunctionName(fn);
    if (bare.startsWith('std::') || bare.startsWith('__gnu_cxx::') || bare.startsWith('core::') || bare.startsWith('alloc::'))
        return false;
    if (fn.startsWith('operator new') || fn.startsWith('operator delete') || fn.startsWith('std::') || /^(?:malloc|calloc|realloc|free|memcpy|memmove|memset|strcpy|strlen|pthread_create)$/.test(fn))
        return false;
    if (frame.file === null)
        return false;
    return !RUNTIME_PATHS.some((p) => frame.file.includes(p));
}
/** Function name without parameters or return type: GCC prints `read_id`, Clang `read_id(Session*)`. */
function bareFunctionName(fn) {
    let name = fn.trim();
    let depth = 0;
    for (let i = name.length - 1; i >= 0; i--) {
        const c = name[i];
        if (c === ')')
            depth++;
        else if (c === '(') {
            depth--;
            if (depth === 0) {
                // Strip the last parameter list unless it is an operator's own "()".
                if (!name.slice(0, i).endsWith('operator'))
                    name = name.slice(0, i);
                break;
            }
        }
    }
    // A return type before the name (`void std::__invoke_impl<…>`): keep the last top-level word.
    let angle = 0;
    for (let i = name.length - 1; i >= 0; i--) {
        const c = name[i];
        if (c === '>')
            angle++;
        else if (c === '<')
            angle--;
        else if (c === ' ' && angle === 0)
            return name.slice(i + 1);
    }
    return name;
}
const TOOL_OF = {
    AddressSanitizer: 'asan',
    ThreadSanitizer: 'tsan',
    LeakSanitizer: 'lsan',
    MemorySanitizer: 'msan',
    UndefinedBehaviorSanitizer: 'ubsan',
};
/** Strips addresses and pids so that the same report reads the same twice. */
function withoutAddresses(text) {
    return text.replace(/ on (?:unknown )?address 0x[0-9a-f]{1,16}(?: \(pc 0x[0-9a-f]{1,16} bp 0x[0-9a-f]{1,16} sp 0x[0-9a-f]{1,16} T\d{1,6}\))?/, '')
        .replace(/ at pc 0x[0-9a-f]{1,16} bp 0x[0-9a-f]{1,16} sp 0x[0-9a-f]{1,16}/, '')
        .replace(/ \(pid=\d{1,10}\)/, '')
        .trim();
}
/**
 * Reads sanitizer blocks line by line. `push` returns true for lines of a
 * block, so that frames and shadow bytes are not read as other diagnostics.
 */
class SanitizerBlock {
    current = null;
    frames = [];
    /** Frames of the first stack only: the access (ASan), the first thread (TSan), the allocation (LSan). */
    firstStackDone = false;
    push(line, emit) {
        // UBSan's one-line report; with print_stacktrace=1 its frames follow.
        if (line.indexOf(': runtime error: ') !== -1) {
            const report = parseUbsanLine(line);
            if (report) {
                this.close();
                this.current = report;
                this.frames = [];
                this.firstStackDone = false;
                emit(report);
                return true;
            }
        }
        // Cheap gate: every line we care about has one of these.
        const hasSanitizer = line.indexOf('Sanitizer') !== -1;
        if (hasSanitizer) {
            const start = this.startOf(line);
            if (start) {
                this.close();
                this.current = start;
                this.frames = [];
                this.firstStackDone = false;
                emit(start);
                return true;
            }
        }
        if (!this.current)
            return false;
        const trimmed = line.trim();
        if (hasSanitizer && trimmed.startsWith('SUMMARY: ')) {
            this.current.context.push(trimmed);
            if (this.current.tool !== 'lsan')
                this.close();
            return true;
        }
        if (trimmed.startsWith('#')) {
            const frame = parseFrame(trimmed);
            if (frame && !this.firstStackDone) {
                this.frames.push(frame);
                if (this.current.context.length < 40)
                    this.current.context.push(trimmed);
            }
            return true;
        }
        if (trimmed === '') {
            if (this.frames.length > 0)
                this.firstStackDone = true;
            return true;
        }
        // LeakSanitizer: each "Direct leak of N byte(s)…" is its own root cause.
        if (this.current.tool === 'lsan' && (trimmed.startsWith('Direct leak of') || trimmed.startsWith('Indirect leak of'))) {
            if (this.frames.length > 0) {
                const previous = this.current;
                this.close();
                this.current = { ...previous, context: [], message: trimmed.replace(/ \d+ byte\(s\) in \d+ object\(s\)/, ''), code: trimmed.startsWith('Direct') ? 'direct-leak' : 'indirect-leak' };
                emit(this.current);
            }
            else {
                this.current.code = trimmed.startsWith('Direct') ? 'direct-leak' : 'indirect-leak';
            }
            this.frames = [];
            this.firstStackDone = false;
            return true;
        }
        if (trimmed.startsWith('==') && trimmed.endsWith('==ABORTING')) {
            this.close();
            return true;
        }
        // "==19353==The signal is caused by a READ memory access.", "==1==Hint: …"
        if (trimmed.startsWith('==') && /^==\d{1,10}==/.test(trimmed))
            return true;
        // Other lines of the report (READ of size, shadow bytes, thread creation) stay inside it.
        if (/^(?:READ|WRITE|Read|Write|Previous|Location|Thread|Mutex|Shadow|Atomic|freed|previously|allocated|0x[0-9a-f]|=>|[A-Z][a-z ]{2,40}:\s|[A-Z][\w ]{0,40} redzone|Addressable|Partially|Freed|Stack|Global|Poisoned|Container|Array|Intra|ASan|Left|Right|HINT|Objects leaked|Direct|Indirect|As if)/.test(trimmed) || line.startsWith('  ')) {
            return true;
        }
        this.close();
        return false;
    }
    startOf(line) {
        const m = sanitizerHeader(line);
        if (!m)
            return null;
        const tool = TOOL_OF[m[2]];
        // "heap-use-after-free on address …", "data race (pid=…)", "SEGV on unknown address": the words before " on "/" (".
        const words = `${m[3]}${m[4]}`.split(' (')[0].split(' on ')[0].trim();
        const kind = tool === 'lsan' || m[3] === 'detected' ? 'memory-leak' : words.replace(/:$/, '');
        return {
            tool: tool === 'asan' && kind === 'memory-leak' ? 'lsan' : tool === 'lsan' ? 'lsan' : tool,
            severity: 'error',
            file: null,
            line: null,
            column: null,
            code: kind,
            message: withoutAddresses(`${m[2]}: ${m[3]}${m[4]}`),
            context: [],
        };
    }
    /** Sets location and subject from the frames read so far. */
    close() {
        const current = this.current;
        if (!current)
            return;
        const project = this.frames.filter(isProjectFrame);
        const top = project[0] ?? null;
        // UBSan's own line names the place; its frames only add the callers.
        if (top && current.file === null) {
            current.file = top.file;
            current.line = top.line;
            current.column = top.column;
        }
        const frames = project.slice(0, 3).map((f) => bareFunctionName(f.function)).join(' < ');
        if (frames || current.tool !== 'ubsan')
            current.subject = frames || null;
        this.current = null;
        this.frames = [];
    }
    finish() {
        this.close();
    }
}
const SANITIZER_HEADER = /(ERROR|WARNING): (AddressSanitizer|ThreadSanitizer|LeakSanitizer|MemorySanitizer|UndefinedBehaviorSanitizer): /g;
/** Index of the last line terminator (what `.` does not match), or -1. */
function lastLineBreak(text) {
    return Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029'));
}
/**
 * "ERROR: AddressSanitizer: heap-use-after-free on …" as [_, severity, tool, first word
 * (1..80 chars up to a space or '('), the rest (0..2000 chars to the end of the line)].
 * By hand after the fixed header: the old single regex backtracked polynomially.
 */
function sanitizerHeader(line) {
    const lastBreak = lastLineBreak(line);
    for (const header of line.matchAll(SANITIZER_HEADER)) {
        const start = header.index + header[0].length;
        if (start <= lastBreak)
            continue;
        let end = start;
        while (end < line.length && end - start < 80 && line[end] !== '(' && line[end].trim() !== '')
            end++;
        if (end === start || line.length - end > 2000)
            continue;
        return [line.slice(header.index), header[1], header[2], line.slice(start, end), line.slice(end)];
    }
    return null;
}
/** Text before its first ':' (as .replace(/:.*$/, '') did); by hand: that regex was quadratic. */
function beforeColon(text) {
    const at = text.indexOf(':', lastLineBreak(text) + 1);
    return at === -1 ? text : text.slice(0, at);
}
/**
 * Text before the first whitespace followed by a number ("-12", "0x1f"), as
 * .replace(/\s(?:0x[0-9a-f]+|-?\d+).*$/, '') did; by hand: that regex was quadratic.
 */
function beforeOperands(text) {
    const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
    for (let i = Math.max(lastLineBreak(text), 0); i < text.length - 1; i++) {
        if (text[i].trim() !== '')
            continue;
        if (isDigit(text[i + 1]) || (text[i + 1] === '-' && isDigit(text[i + 2])))
            return text.slice(0, i);
    }
    return text;
}
/** UBSan: `file:line:col: runtime error: message`. */
function parseUbsanLine(line) {
    const at = line.indexOf(': runtime error: ');
    if (at === -1)
        return null;
    const location = /^(.{1,2000}?):(\d{1,9}):(\d{1,9})$/.exec(line.slice(0, at).trim());
    const message = line.slice(at + 17).trim();
    // The kind is the message's first words before the operands: "signed integer overflow", "load of null pointer".
    const kind = beforeOperands(beforeColon(message)).trim();
    return {
        tool: 'ubsan',
        severity: 'error',
        file: location ? location[1] : null,
        line: location ? Number(location[2]) : null,
        column: location ? Number(location[3]) : null,
        code: kind,
        message,
        context: [],
        subject: location ? `${location[1].replace(/^.*[\\/]/, '')}:${location[2]}` : null,
    };
}

;// CONCATENATED MODULE: ./src/diagnostics/tests.ts
function testDiagnostic(tool, name, outcome, message = '', file = null, line = null) {
    return {
        tool,
        severity: 'error',
        file,
        line,
        column: null,
        code: outcome,
        message: message || (outcome === 'timeout' ? `${name} timed out` : `${name} failed`),
        context: [],
        // A test id is the runner's text; keep it to a sane length.
        subject: name.length > 500 ? name.slice(0, 500) : name,
    };
}
const MAX_MESSAGE_LINES = 8;
/** What the runner said about a test: the first lines after its start, kept short. */
function joinMessage(lines) {
    return lines.map((l) => l.trim()).filter((l) => l !== '').slice(0, MAX_MESSAGE_LINES).join(' | ').slice(0, 600);
}
/**
 * CTest's progress line `2/3 Test #2: storage_roundtrip ......***Failed  0.00 sec`,
 * read by position (no regex over the dots, which a hostile line can repeat).
 */
function parseCtestResultLine(line, stars) {
    const hash = line.indexOf('Test #');
    if (hash === -1 || hash > stars)
        return null;
    const colon = line.indexOf(': ', hash);
    if (colon === -1 || colon > stars || !/^\d{1,7}$/.test(line.slice(hash + 6, colon)))
        return null;
    let end = colon + 2;
    while (end < stars && line.charCodeAt(end) !== 32)
        end++;
    const name = line.slice(colon + 2, end);
    if (name === '' || name.length > 500)
        return null;
    // Between the name and "***" only dots and spaces.
    for (let i = end; i < stars; i++) {
        const c = line.charCodeAt(i);
        if (c !== 46 && c !== 32)
            return null;
    }
    const detail = withoutSeconds(beforeWideGap(line.slice(stars + 3))).trim();
    return detail === '' ? null : { name, detail: detail.slice(0, 60) };
}
/** Index of the last line terminator (what `.` does not match), or -1. */
function tests_lastLineBreak(text) {
    return Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029'));
}
const isSpace = (c) => c !== undefined && c !== '' && c.trim() === '';
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/** Text before its first run of 2+ whitespace characters, as .replace(/\s{2,}.*$/, '') did; by hand: that regex was cubic. */
function beforeWideGap(text) {
    const lastBreak = tests_lastLineBreak(text);
    for (let i = 0; i < text.length; i++) {
        if (!isSpace(text[i]))
            continue;
        let end = i;
        while (isSpace(text[end]))
            end++;
        if (end - i >= 2 && end > lastBreak)
            return text.slice(0, i);
        i = end;
    }
    return text;
}
/** Text without a trailing " 0.01 sec", as .replace(/\s+\d[\d.]* sec$/, '') did; by hand: that regex was quadratic. */
function withoutSeconds(text) {
    if (!text.endsWith(' sec'))
        return text;
    let start = text.length - 4;
    while (start > 0 && (isDigit(text[start - 1]) || text[start - 1] === '.'))
        start--;
    if (start === text.length - 4 || !isDigit(text[start]) || !isSpace(text[start - 1]))
        return text;
    return text.slice(0, start).trimEnd();
}
/** Text before ", where …" (gtest's parameter description); by hand: /, where .*$/ was quadratic. */
function beforeWhere(text) {
    const at = text.indexOf(', where ', tests_lastLineBreak(text) + 1);
    return at === -1 ? text : text.slice(0, at);
}
/**
 * "panicked at src/lib.rs:6:20:" as [_, file, line], as
 * /panicked at (.{1,1000}?):(\d{1,9}):\d{1,9}:?/ did; by hand: that regex was polynomial.
 */
function panicLocation(line) {
    for (let at = line.indexOf('panicked at '); at !== -1; at = line.indexOf('panicked at ', at + 1)) {
        const start = at + 12;
        for (let colon = start + 1; colon < line.length && colon - start <= 1000; colon++) {
            if ('\n\r\u2028\u2029'.includes(line[colon]))
                break;
            if (line[colon] !== ':')
                continue;
            let end = colon + 1;
            while (isDigit(line[end]) && end - colon <= 9)
                end++;
            if (end - colon - 1 >= 1 && end - colon - 1 <= 9 && line[end] === ':' && isDigit(line[end + 1])) {
                return [line.slice(at, end + 2), line.slice(start, colon), line.slice(colon + 1, end)];
            }
        }
    }
    return null;
}
/** The message of "panicked at 'message', src/lib.rs:6:20" (0..500 chars, up to the last "', "); by hand: the regex was cubic. */
function inlinePanicMessage(line) {
    for (let at = line.indexOf("panicked at '"); at !== -1; at = line.indexOf("panicked at '", at + 1)) {
        const start = at + 13;
        let limit = start;
        while (limit < line.length && limit - start < 500 && !'\n\r\u2028\u2029'.includes(line[limit]))
            limit++;
        for (let end = limit; end >= start; end--) {
            if (line.startsWith("', ", end))
                return line.slice(start, end);
        }
    }
    return null;
}
/**
 * A stateful reader over the runners' formats. `push` returns true when the
 * line was a test runner's, so no other parser reads it.
 */
class TestRunnerReader {
    emit;
    byKey = new Map();
    // GoogleTest: lines between "[ RUN      ] X" and its result.
    gtestRunning = null;
    gtestLines = [];
    // CTest: inside "The following tests FAILED:".
    ctestList = false;
    // pytest: the "___ name ___" section being read.
    pytestSection = null;
    pytestLines = [];
    // go test: message lines that precede (-v) or follow "--- FAIL".
    goPending = [];
    goLast = null;
    // go test: "panic: test timed out", named by the lines after it.
    goTimeout = null;
    // cargo: "---- name stdout ----" section.
    cargoSection = null;
    cargoLines = [];
    // Jest "● a › b" / Vitest "FAIL file > a > b" message lines.
    jsCurrent = null;
    jsLines = [];
    constructor(emit) {
        this.emit = emit;
    }
    record(d) {
        const key = `${d.tool}\u0000${d.subject}`;
        const existing = this.byKey.get(key);
        if (existing) {
            if (d.code === 'timeout')
                existing.code = 'timeout';
            if (existing.message.endsWith(' failed') && !d.message.endsWith(' failed'))
                existing.message = d.message;
            return existing;
        }
        this.byKey.set(key, d);
        this.emit(d);
        return d;
    }
    push(line) {
        return this.gtest(line) || this.ctest(line) || this.pytest(line) || this.goTest(line) || this.cargo(line) || this.js(line);
    }
    finish() {
        this.flushJs();
        this.flushPytest();
        this.reportPytestSections();
        this.flushCargo();
    }
    gtest(line) {
        if (line.startsWith('[ RUN      ] ')) {
            this.gtestRunning = line.slice(13).trim();
            this.gtestLines = [];
            return true;
        }
        if (line.startsWith('[  FAILED  ] ')) {
            const rest = line.slice(13).trim();
            // "[  FAILED  ] 2 tests, listed below:" is the summary header.
            if (/^\d+ tests?, listed below/.test(rest))
                return true;
            const name = beforeWhere(rest.replace(/ \(\d+ ms\)$/, ''));
            const message = this.gtestRunning === name ? joinMessage(this.gtestLines) : '';
            const location = /^(.{1,1000}?):(\d{1,9}): Failure$/.exec(this.gtestLines[0]?.trim() ?? '');
            const timedOut = /timed? ?out|timeout/i.test(message) && !/expected/i.test(message);
            this.record(testDiagnostic('gtest', name, timedOut ? 'timeout' : 'failed', location ? joinMessage(this.gtestLines.slice(1)) : message, location?.[1] ?? null, location ? Number(location[2]) : null));
            this.gtestRunning = null;
            return true;
        }
        if (line.startsWith('[       OK ] ')) {
            this.gtestRunning = null;
            return true;
        }
        if (this.gtestRunning !== null) {
            if (this.gtestLines.length < 40)
                this.gtestLines.push(line);
            // Let other parsers read it too (a sanitizer report inside a test).
            return false;
        }
        return false;
    }
    ctest(line) {
        // "2/3 Test #2: storage_roundtrip ................***Failed    0.00 sec"
        const stars = line.indexOf('***');
        if (stars !== -1 && line.indexOf(' Test ') !== -1 && line.indexOf('#') !== -1) {
            const result = parseCtestResultLine(line, stars);
            if (result) {
                const outcome = result.detail.startsWith('Timeout') ? 'timeout' : 'failed';
                this.record(testDiagnostic('ctest', result.name, outcome, `${result.name}: ${result.detail}`));
                return true;
            }
        }
        if (line.startsWith('The following tests FAILED:') || line.startsWith('The following tests did not run:')) {
            this.ctestList = line.startsWith('The following tests FAILED:');
            return true;
        }
        if (this.ctestList) {
            // "\t  2 - storage_roundtrip (Failed)"
            const m = /^\s{1,20}\d{1,7} - (\S{1,500}) \(([^)]{1,40})\)/.exec(line);
            if (m) {
                const outcome = m[2].startsWith('Timeout') ? 'timeout' : 'failed';
                this.record(testDiagnostic('ctest', m[1], outcome, `${m[1]}: ${m[2]}`));
                return true;
            }
            this.ctestList = false;
        }
        return false;
    }
    pytest(line) {
        // Short summary: "FAILED tests/test_x.py::test_y - AssertionError: …", "ERROR tests/…".
        // "ERROR tests/test_x.py" alone: the module failed to import (collection error).
        const collection = line.startsWith('ERROR ') && /^ERROR \S{1,500}\.py(?: - .{0,500})?$/.test(line.trimEnd());
        if ((line.startsWith('FAILED ') || line.startsWith('ERROR ')) && (line.indexOf('::') !== -1 || collection)) {
            this.flushPytest();
            const body = line.slice(line.indexOf(' ') + 1);
            const dash = body.indexOf(' - ');
            const id = (dash === -1 ? body : body.slice(0, dash)).trim();
            const reason = dash === -1 ? this.pytestUnreported.get(id) ?? '' : body.slice(dash + 3).trim();
            const outcome = /Timeout|timed? ?out/i.test(reason) ? 'timeout' : 'failed';
            const file = id.indexOf('::') === -1 ? id : id.slice(0, id.indexOf('::'));
            this.record(testDiagnostic('pytest', id, outcome, reason, file));
            return true;
        }
        // Section header of the FAILURES part: "____ test_count ____" (kept for the message when no summary follows).
        if (line.startsWith('___') && line.endsWith('___')) {
            this.flushPytest();
            const name = line.replace(/^_+\s|\s_+$/g, '').trim().replace(/^ERROR collecting /, '');
            if (name !== '' && !name.includes(' ')) {
                this.pytestSection = name;
                this.pytestLines = [];
                return true;
            }
            return false;
        }
        if (this.pytestSection !== null) {
            if (line.startsWith('E ') && this.pytestLines.length < 20)
                this.pytestLines.push(line.slice(1).trim());
            if (/^={3,} /.test(line))
                this.flushPytest();
            return false;
        }
        return false;
    }
    /** pytest sections read but not yet reported: the short summary (if any) comes after all of them. */
    pytestUnreported = new Map();
    flushPytest() {
        if (this.pytestSection === null)
            return;
        const name = this.pytestSection;
        this.pytestSection = null;
        if (this.pytestLines.length > 0 && this.pytestUnreported.size < 1000)
            this.pytestUnreported.set(name, joinMessage(this.pytestLines));
    }
    /** Sections no summary line named (pytest run with -rN, or the summary cut off). */
    reportPytestSections() {
        for (const [name, message] of this.pytestUnreported) {
            const known = [...this.byKey.values()].some((d) => d.tool === 'pytest' && (d.subject === name || d.subject.endsWith(`::${name}`) || d.subject.includes(`::${name}[`)));
            if (!known)
                this.record(testDiagnostic('pytest', name, 'failed', message));
        }
        this.pytestUnreported.clear();
    }
    goTest(line) {
        if (line.startsWith('--- FAIL: ') || line.startsWith('    --- FAIL: ')) {
            const m = /--- FAIL: (\S{1,500}) \(/.exec(line);
            if (!m)
                return false;
            const d = this.record(testDiagnostic('go-test', m[1], 'failed', joinMessage(this.goPending)));
            this.goPending = [];
            this.goLast = d;
            return true;
        }
        if (line.startsWith('=== RUN ')) {
            this.goPending = [];
            this.goLast = null;
            return true;
        }
        // "    calc_test.go:7: Div(7, 2) = 3, want 4"
        if ((line.startsWith('    ') || line.startsWith('\t')) && line.indexOf('_test.go:') !== -1) {
            const text = line.trim();
            if (this.goLast && this.goLast.message.endsWith(' failed')) {
                this.goLast.message = text;
            }
            else if (this.goPending.length < 10) {
                this.goPending.push(text);
            }
            return true;
        }
        if (line.startsWith('panic: test timed out after ')) {
            const d = testDiagnostic('go-test', 'test binary', 'timeout', line.trim());
            // go names the running tests on the next lines ("running tests:\n\tTestX (10m0s)").
            this.goTimeout = d;
            this.record(d);
            return true;
        }
        if (this.goTimeout) {
            // Go 1.20+: "running tests:" then "\tTestX (10m0s)"; older: the test's goroutine, "pkg.TestX(0x0?)".
            const m = /^\s{1,8}(Test\w{0,200}) \(/.exec(line) ?? /^[\w.\/-]{1,300}\.(Test\w{0,200})\(/.exec(line);
            if (m) {
                this.goTimeout.subject = m[1];
                this.goTimeout.message = `${m[1]}: ${this.goTimeout.message}`;
                this.goTimeout = null;
                return true;
            }
            // Goroutine dumps run until the package's FAIL line.
            if (line.startsWith('FAIL'))
                this.goTimeout = null;
            return line.trim() === '' || line.startsWith('goroutine ') || line.startsWith('\t') || line.startsWith('created by') || line.trim() === 'running tests:' || /^[\w.\/()*-]{1,300}\(/.test(line);
        }
        return false;
    }
    cargo(line) {
        // "test tests::doubles ... FAILED"
        if (line.startsWith('test ') && line.endsWith(' ... FAILED')) {
            const name = line.slice(5, -11).trim();
            this.record(testDiagnostic('cargo', name, 'failed'));
            return true;
        }
        if (line.startsWith('---- ') && line.endsWith(' stdout ----')) {
            this.flushCargo();
            this.cargoSection = line.slice(5, -12).trim();
            this.cargoLines = [];
            return true;
        }
        if (this.cargoSection !== null) {
            if (line.startsWith('stack backtrace:') || line.startsWith('note: ') || line === 'failures:') {
                this.flushCargo();
                return line === 'failures:' || line.startsWith('stack backtrace:');
            }
            if (this.cargoLines.length < 12)
                this.cargoLines.push(line);
            return true;
        }
        return false;
    }
    flushCargo() {
        if (this.cargoSection === null)
            return;
        const name = this.cargoSection;
        this.cargoSection = null;
        const lines = this.cargoLines.filter((l) => l.trim() !== '');
        // "thread 'x' (123) panicked at src/lib.rs:6:20:" then the panic message.
        const panicAt = lines.findIndex((l) => l.includes(' panicked at '));
        let file = null;
        let lineNo = null;
        let message = joinMessage(lines);
        if (panicAt !== -1) {
            const loc = panicLocation(lines[panicAt]);
            if (loc) {
                file = loc[1];
                lineNo = Number(loc[2]);
            }
            // Old format: "panicked at 'message', src/lib.rs:6:20".
            const inline = inlinePanicMessage(lines[panicAt]);
            message = inline ?? joinMessage(lines.slice(panicAt + 1));
        }
        const d = this.record(testDiagnostic('cargo', name, 'failed', message, file, lineNo));
        if (d.file === null) {
            d.file = file;
            d.line = lineNo;
        }
        if (d.message.endsWith(' failed') && message)
            d.message = message;
    }
    js(line) {
        const trimmed = line.trimStart();
        // Jest: "  ● Suite › test name"
        if (trimmed.startsWith('● ') && trimmed.indexOf(' › ') !== -1) {
            this.flushJs();
            const name = trimmed.slice(2).trim();
            this.jsCurrent = this.record(testDiagnostic('jest', name, 'failed'));
            this.jsLines = [];
            return true;
        }
        // Vitest: " FAIL  file.test.ts > suite > test"
        if (trimmed.startsWith('FAIL ') && trimmed.indexOf(' > ') !== -1) {
            this.flushJs();
            const name = trimmed.slice(5).trim();
            const file = name.slice(0, name.indexOf(' > ')).trim();
            this.jsCurrent = this.record(testDiagnostic('vitest', name, 'failed', '', file));
            this.jsLines = [];
            return true;
        }
        if (this.jsCurrent) {
            const t = line.trim();
            if (t.startsWith('⎯') || t.startsWith('●') || /^(?:Test Files|Tests|Test Suites|Snapshots|Time|Ran all)\b/.test(t)) {
                this.flushJs();
                return false;
            }
            if (t !== '' && this.jsLines.length < 6 && !t.startsWith('at ') && !/^\d+\s?\|/.test(t) && !t.startsWith('❯') && !t.startsWith('>'))
                this.jsLines.push(t);
            return true;
        }
        return false;
    }
    flushJs() {
        const d = this.jsCurrent;
        if (!d)
            return;
        this.jsCurrent = null;
        const message = joinMessage(this.jsLines.slice(0, 3));
        if (message && d.message.endsWith(' failed'))
            d.message = message;
        if (/Exceeded timeout of|Test timed out in|timed out in \d/.test(this.jsLines.join(' ')))
            d.code = 'timeout';
        this.jsLines = [];
    }
}

;// CONCATENATED MODULE: ./src/diagnostics/rustc.ts
/**
 * rustc: `error[E0308]: mismatched types` with its location on a following
 * ` --> src/main.rs:3:18` line. A bare `error: …` is rustc's only when a
 * ` --> ` line follows; summaries (`aborting due to`, `could not compile`) are not causes.
 */
const SUMMARIES = ['aborting due to', 'could not compile', 'test failed, to rerun', 'build failed', 'Some errors have detailed', 'For more information'];
class RustcReader {
    last = null;
    bare = null;
    /** True when the line was rustc's. */
    push(line, emit) {
        if (line.startsWith('error[E') || line.startsWith('error: ')) {
            this.bare = null;
            const m = /^error(?:\[(E\d{4})\])?: (.{1,4000})$/.exec(line.trimEnd());
            if (!m || SUMMARIES.some((s) => m[2].startsWith(s))) {
                this.last = null;
                return false;
            }
            const d = { tool: 'rustc', severity: 'error', file: null, line: null, column: null, code: m[1] ?? null, message: m[2], context: [] };
            if (m[1]) {
                emit(d);
                this.last = d;
            }
            else {
                this.bare = d;
                this.last = null;
            }
            return m[1] !== undefined;
        }
        const arrow = line.indexOf('--> ');
        if (arrow !== -1 && arrow < 12 && line.slice(0, arrow).trim() === '') {
            const target = this.last ?? this.bare;
            if (!target || target.file !== null)
                return false;
            const loc = /^(.{1,2000}?):(\d{1,9}):(\d{1,9})$/.exec(line.slice(arrow + 4).trim());
            if (loc) {
                target.file = loc[1];
                target.line = Number(loc[2]);
                target.column = Number(loc[3]);
            }
            if (target === this.bare) {
                emit(target);
                this.last = target;
                this.bare = null;
            }
            return true;
        }
        this.bare = null;
        if (this.last) {
            // Source excerpt and notes: ` 3 |     let n…`, `  = note: …`, `note: function defined here`.
            if (line.startsWith(' ') || line.startsWith('note: ') || line.startsWith('help: ') || /^\d{1,7}\s{0,3}\|/.test(line)) {
                if (this.last.context.length < 30 && line.trim() !== '' && line.trim() !== '|')
                    this.last.context.push(line);
                return true;
            }
            if (line.trim() === '')
                return true;
            this.last = null;
        }
        return false;
    }
}

;// CONCATENATED MODULE: ./src/diagnostics/cmake.ts
/**
 * CMake: `CMake Error at CMakeLists.txt:3 (find_package):` then an indented
 * message, or `CMake Error: message` on one line. The message is read from
 * the indented lines that follow, up to the first blank line.
 */
class CmakeReader {
    current = null;
    reading = false;
    push(line, emit) {
        if (line.startsWith('CMake Error')) {
            this.current = null;
            const at = /^CMake Error at (.{1,2000}?):(\d{1,9}) \(([\w]{1,100})\):?\s*$/.exec(line.trimEnd());
            if (at) {
                this.current = { tool: 'cmake', severity: 'error', file: at[1], line: Number(at[2]), column: null, code: at[3], message: `${at[3]}:`, context: [] };
                this.reading = true;
                emit(this.current);
                return true;
            }
            const plain = /^CMake Error(?: \(dev\))?: (.{1,4000})$/.exec(line.trimEnd());
            if (plain) {
                this.current = { tool: 'cmake', severity: 'error', file: null, line: null, column: null, code: null, message: plain[1], context: [] };
                this.reading = false;
                emit(this.current);
                return true;
            }
            return false;
        }
        if (!this.current)
            return false;
        if (line.startsWith('  ') && line.trim() !== '') {
            if (this.reading && this.current.message.length < 400)
                this.current.message += ` ${line.trim()}`;
            else if (this.current.context.length < 20)
                this.current.context.push(line.trim());
            return true;
        }
        if (line.trim() === '' && this.reading) {
            this.reading = false;
            return true;
        }
        if (line.trim() === '')
            return true;
        this.current = null;
        return false;
    }
}

;// CONCATENATED MODULE: ./src/diagnostics/go.ts
/** go build / go vet: `./main.go:9:18: cannot use …` (no severity word), under a `# package` line. */
function parseGoLine(line) {
    const at = line.indexOf('.go:');
    if (at === -1)
        return null;
    const m = /^(\S{0,1000}\.go):(\d{1,9}):(?:(\d{1,9}):)? (.{1,4000})$/.exec(line.trim());
    if (!m)
        return null;
    // Test output ("    calc_test.go:7: msg") is the test runner's; a "vet:" prefix is go vet's.
    if (line.startsWith(' ') || line.startsWith('\t'))
        return null;
    return {
        tool: 'go',
        severity: 'error',
        file: m[1],
        line: Number(m[2]),
        column: m[3] ? Number(m[3]) : null,
        code: null,
        message: m[4].replace(/^vet: /, ''),
        context: [],
    };
}

;// CONCATENATED MODULE: ./src/diagnostics/tsc.ts
/**
 * tsc: `index.ts(2,7): error TS2322: …` (the default when not a TTY; read by
 * the MSVC-shaped parser) and the pretty form `index.ts:2:7 - error TS2322: …`.
 */
function parseTscPrettyLine(line) {
    // By hand, not by one regex: `(.+?):(\d+):(\d+) - error` backtracks polynomially on repeats of itself.
    const text = line.trim();
    let at = text.indexOf(' - error TS');
    const severity = at !== -1 ? 'error' : 'warning';
    if (at === -1)
        at = text.indexOf(' - warning TS');
    if (at === -1)
        return null;
    const location = /^(.{1,2000}):(\d{1,9}):(\d{1,9})$/.exec(text.slice(0, at));
    const rest = /^(\d{1,6}): (.{0,4000})$/.exec(text.slice(at + ` - ${severity} TS`.length));
    if (!location || !rest)
        return null;
    return {
        tool: 'tsc',
        severity,
        file: location[1],
        line: Number(location[2]),
        column: Number(location[3]),
        code: `TS${rest[1]}`,
        message: rest[2],
        context: [],
    };
}

;// CONCATENATED MODULE: ./src/diagnostics/infra.ts
// Lower-case substrings → kind. Most specific first; each checked with indexOf.
const SIGNS = [
    ['no space left on device', 'disk-full'],
    ['disk quota exceeded', 'disk-full'],
    ['not enough space on the disk', 'disk-full'],
    ['there is not enough space on the disk', 'disk-full'],
    ['killed signal terminated program', 'out-of-memory'],
    ['terminated with signal 9 [killed]', 'out-of-memory'],
    ['out of memory: killed process', 'out-of-memory'],
    ['oom-kill', 'out-of-memory'],
    ['oomkilled', 'out-of-memory'],
    ['virtual memory exhausted', 'out-of-memory'],
    ['cannot allocate memory', 'out-of-memory'],
    ['out of memory allocating', 'out-of-memory'],
    ['fatal error c1060', 'out-of-memory'],
    ['fatal error c1002', 'out-of-memory'],
    ['agent went offline', 'agent-lost'],
    ['agent was removed', 'agent-lost'],
    ['channelclosedexception', 'agent-lost'],
    ['remote call on', 'agent-lost'],
    ['connection was broken', 'agent-lost'],
    ['the runner has received a shutdown signal', 'agent-lost'],
    ['lost communication with the server', 'agent-lost'],
    ['error cloning remote repo', 'checkout-failed'],
    ['error fetching remote repo', 'checkout-failed'],
    ['checkout failed', 'checkout-failed'],
    ['fatal: could not read from remote repository', 'checkout-failed'],
    ['fatal: unable to access', 'checkout-failed'],
    ['fatal: reference is not a tree', 'checkout-failed'],
    ['fatal: couldn\'t find remote ref', 'checkout-failed'],
    ['fatal: authentication failed for', 'checkout-failed'],
    ['could not resolve host', 'network'],
    ['temporary failure in name resolution', 'network'],
    ['name or service not known', 'network'],
    ['connection timed out', 'network'],
    ['connection refused', 'network'],
    ['connection reset by peer', 'network'],
    ['network is unreachable', 'network'],
    ['tls handshake timeout', 'network'],
    ['build timed out (after', 'job-timeout'],
    ['has exceeded the maximum execution time', 'job-timeout'],
    ['the job exceeded the maximum execution time', 'job-timeout'],
    ['cancelling nested steps due to timeout', 'job-timeout'],
    ['the job exceeded the maximum time limit', 'job-timeout'],
    ['job timed out', 'job-timeout'],
    ['execution timed out', 'job-timeout'],
    ['timeout has been exceeded', 'job-timeout'],
    ['build was aborted', 'job-aborted'],
    ['aborted by ', 'job-aborted'],
    ['the operation was canceled', 'job-aborted'],
    ['finished: aborted', 'job-aborted'],
];
// One case-insensitive alternation of literal signs: a single pass per line, no lower-casing of
// every line of a log that may be hundreds of MB. Written out as a literal (not built from SIGNS)
// so the ReDoS audit can check it; test/unit/infra-signs.test.ts keeps the two in step.
const INFRA_SIGNS = /no space left on device|disk quota exceeded|not enough space on the disk|there is not enough space on the disk|killed signal terminated program|terminated with signal 9 \[killed\]|out of memory: killed process|oom-kill|oomkilled|virtual memory exhausted|cannot allocate memory|out of memory allocating|fatal error c1060|fatal error c1002|agent went offline|agent was removed|channelclosedexception|remote call on|connection was broken|the runner has received a shutdown signal|lost communication with the server|error cloning remote repo|error fetching remote repo|checkout failed|fatal: could not read from remote repository|fatal: unable to access|fatal: reference is not a tree|fatal: couldn't find remote ref|fatal: authentication failed for|could not resolve host|temporary failure in name resolution|name or service not known|connection timed out|connection refused|connection reset by peer|network is unreachable|tls handshake timeout|build timed out \(after|has exceeded the maximum execution time|the job exceeded the maximum execution time|cancelling nested steps due to timeout|the job exceeded the maximum time limit|job timed out|execution timed out|timeout has been exceeded|build was aborted|aborted by |the operation was canceled|finished: aborted/i;
const INFRA_SIGN_LIST = SIGNS.map(([sign]) => sign);
const INFRA_KIND = new Map(SIGNS.map(([sign, kind]) => [sign, kind]));
function infraKindOf(line) {
    const match = INFRA_SIGNS.exec(line);
    if (!match)
        return null;
    // The alternation takes the leftmost sign; the most specific one on the line wins, as listed.
    const lower = line.toLowerCase();
    for (const [sign, kind] of SIGNS)
        if (lower.indexOf(sign) !== -1)
            return kind;
    return INFRA_KIND.get(match[0].toLowerCase()) ?? null;
}
/** Who printed an infrastructure line, where its wording tells. */
function infraTool(line) {
    if (/^(?:\S*\/)?(?:ld(?:\.bfd|\.gold)?|collect2)(?:\.exe)?:/.test(line.trim()))
        return 'ld';
    if (/^(?:\S*\/)?(?:[gc]\+\+|gcc|cc|clang\+?\+?)(?:-\d{1,3})?: fatal error:/.test(line.trim()))
        return line.includes('clang') ? 'clang' : 'gcc';
    if (/^(?:fatal|error): /.test(line.trim()) && /remote|repository|unable to access|not a tree|remote ref|authentication/.test(line))
        return 'git';
    if (/Agent went offline|ChannelClosedException|Build timed out \(after|Error cloning remote repo|Error fetching remote repo|Remote call on|Build was aborted|Aborted by /.test(line))
        return 'jenkins';
    if (/has exceeded the maximum execution time|The operation was canceled|The runner has received a shutdown signal|lost communication with the server/.test(line))
        return 'github-actions';
    if (/Out of memory: Killed process|oom-kill/i.test(line))
        return 'kernel';
    return null;
}
function parseInfraLine(line) {
    const kind = infraKindOf(line);
    if (!kind)
        return null;
    return { tool: infraTool(line), severity: 'error', file: null, line: null, column: null, code: kind, message: line.trim().slice(0, 500), context: [], subject: kind };
}
/**
 * Crashes outside the sanitizers: the shell's `Segmentation fault (core
 * dumped)`, `Aborted`, glibc's `Assertion … failed.`, `terminate called
 * after throwing`, CTest's `***Exception: SegFault`, Windows' access violation.
 */
const CRASH_SIGNS = [
    ['segmentation fault', 'SIGSEGV'],
    ['sigsegv', 'SIGSEGV'],
    ['exception: segfault', 'SIGSEGV'],
    ['bus error', 'SIGBUS'],
    ['sigbus', 'SIGBUS'],
    ['illegal instruction', 'SIGILL'],
    ['floating point exception', 'SIGFPE'],
    ['terminate called after throwing', 'uncaught-exception'],
    ['terminate called without an active exception', 'uncaught-exception'],
    ['access violation', 'access-violation'],
    ['0xc0000005', 'access-violation'],
    ['(core dumped)', 'core-dump'],
    ['sigabrt', 'SIGABRT'],
    ['exception: other', 'SIGABRT'],
];
const CRASH_GATE = /segmentation fault|sigsegv|segfault|bus error|sigbus|illegal instruction|floating point exception|terminate called|access violation|0xc0000005|core dumped|sigabrt|exception: other|Aborted|Assertion `/i;
/**
 * One pass that says whether a line can be an infrastructure or crash line at
 * all; most lines of a log are not, and this is the only work done on them.
 */
function isMachineLine(line) {
    return INFRA_SIGNS.test(line) || CRASH_GATE.test(line);
}
/** Such lines are short; a compiler command line of many KB is not one. */
const MAX_MACHINE_LINE = 2000;
/** An infrastructure or crash diagnostic, or null. */
function parseMachineLine(line) {
    if (line.length > MAX_MACHINE_LINE || !isMachineLine(line))
        return null;
    return parseInfraLine(line) ?? parseCrashLine(line);
}
/** The shell that reported a signal: "bash: line 1:  8073 Segmentation fault …", "sh: 1: …". */
function shellOf(line) {
    const m = /^(bash|sh|zsh|dash|ksh)(?:: line \d{1,9})?:/.exec(line.trim());
    return m ? m[1] : null;
}
/**
 * "file.c:2: main" at the end of an assert's head: [file, line, function], as
 * /([^\s:]{1,1000}):(\d{1,9}): ([^:]{1,500})$/ did. By hand: the regex backtracked polynomially.
 */
function assertLocation(head) {
    const colon = head.lastIndexOf(':');
    const fn = head.slice(colon + 2);
    if (colon === -1 || head[colon + 1] !== ' ' || fn.length < 1 || fn.length > 500)
        return null;
    let digits = colon;
    while (digits > 0 && head[digits - 1] >= '0' && head[digits - 1] <= '9')
        digits--;
    if (colon - digits < 1 || colon - digits > 9 || head[digits - 1] !== ':')
        return null;
    const fileEnd = digits - 1;
    let start = fileEnd;
    while (start > 0 && fileEnd - start < 1000 && head[start - 1] !== ':' && head[start - 1].trim() !== '')
        start--;
    if (start === fileEnd)
        return null;
    const file = head.slice(start, fileEnd);
    return [`${file}:${head.slice(digits, colon)}: ${fn}`, file, head.slice(digits, colon), fn];
}
function parseCrashLine(line) {
    if (!CRASH_GATE.test(line))
        return null;
    // glibc assert: "prog: file.c:2: main: Assertion `ready' failed."
    const assertAt = line.indexOf(': Assertion `');
    if (assertAt !== -1 && line.trimEnd().endsWith('failed.')) {
        const head = line.slice(0, assertAt);
        const m = assertLocation(head);
        const assertion = line.slice(assertAt + 13, line.lastIndexOf('\' failed.') === -1 ? undefined : line.lastIndexOf('\' failed.'));
        return {
            tool: 'assert', severity: 'error', file: m ? m[1] : null, line: m ? Number(m[2]) : null, column: null,
            code: 'assertion', message: line.slice(assertAt + 2).trim(), context: [], subject: `${m ? m[3] + ': ' : ''}${assertion}`,
        };
    }
    // The shell's "  8081 Aborted   ./prog" / "Aborted (core dumped)"; not any sentence with "aborted".
    if (line.indexOf('Aborted') !== -1 && /(?:^|\d\s{1,10})Aborted(?:\s|$)/.test(line.trim())) {
        const program = /Aborted(?: \(core dumped\))?\s{1,40}(\S{1,1000})\s*$/.exec(line.trim());
        const name = program ? program[1].replace(/^.*[\\/]/, '') : null;
        return { tool: shellOf(line), severity: 'error', file: null, line: null, column: null, code: 'SIGABRT', message: line.trim().replace(/\s{2,}/g, ' ').replace(/^bash: line \d+: \d+ /, '').slice(0, 500), context: [], subject: name ? `SIGABRT in ${name}` : 'SIGABRT' };
    }
    const lower = ` ${line.toLowerCase()} `;
    for (const [sign, signal] of CRASH_SIGNS) {
        if (lower.indexOf(sign) === -1)
            continue;
        // "bash: line 1:  8073 Segmentation fault      /tmp/bin/segv": key on the program, not the pid.
        const program = /(?:fault|aborted|dumped\))\s{1,40}(\S{1,1000})\s*$/i.exec(line.trim());
        const name = program ? program[1].replace(/^.*[\\/]/, '') : null;
        const message = line.trim().replace(/\s{2,}/g, ' ').replace(/^bash: line \d+: \d+ /, '').slice(0, 500);
        const tool = signal === 'uncaught-exception' ? 'libstdc++' : signal === 'access-violation' ? 'windows' : shellOf(line);
        return { tool, severity: 'error', file: null, line: null, column: null, code: signal, message, context: [], subject: name ? `${signal} in ${name}` : signal };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/diagnostics/line-prefix.ts
/**
 * Lines as CI systems print and people paste them: CR line ends, ANSI colours,
 * timestamps (Azure/GitHub `2024-01-01T00:00:00.0000000Z `, Jenkins timestamper
 * `[2024-01-01T10:00:00.123Z] ` or `10:00:00 `), build-step tags (`[ 45%] `,
 * ninja `[12/345] `, MSBuild `1>`), and GitHub annotations (`##[error]`).
 * Everything here is a cheap character test first; regexes are anchored and bounded.
 */
const ANSI = /\x1b\[[0-9;?]{0,32}[A-Za-z]|\x1b\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)/g;
const ISO_TIMESTAMP = /^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?\]?\s/;
const CLOCK = /^\[?\d\d:\d\d:\d\d(?:[.,]\d{1,9})?\]?\s/;
const STEP_TAG = /^\[\s{0,3}\d{1,3}%\]\s|^\[\d{1,7}\/\d{1,7}\]\s/;
const MSBUILD_NODE = /^\s{0,4}\d{1,3}>/;
const ANNOTATION = /^##\[(?:error|warning|notice|debug|group|endgroup|section|command)\]/;
function stripAnsi(line) {
    return line.indexOf('\x1b') === -1 ? line : line.replace(ANSI, '');
}
/** The line without decorations that do not belong to the tool's output. */
function cleanLine(raw) {
    let line = raw;
    if (line.endsWith('\r'))
        line = line.slice(0, -1);
    line = stripAnsi(line);
    // Up to three stacked decorations: `2024-… [ 45%] ##[error]…`.
    for (let k = 0; k < 3; k++) {
        const c = line.charCodeAt(0);
        let match = null;
        if (c >= 48 && c <= 57)
            match = ISO_TIMESTAMP.exec(line) ?? CLOCK.exec(line) ?? MSBUILD_NODE.exec(line);
        else if (c === 91 /* [ */)
            match = ISO_TIMESTAMP.exec(line) ?? CLOCK.exec(line) ?? STEP_TAG.exec(line);
        else if (c === 35 /* # */)
            match = ANNOTATION.exec(line);
        else if (c === 32 && line.indexOf('>') !== -1 && line.indexOf('>') < 8)
            match = MSBUILD_NODE.exec(line);
        if (!match)
            break;
        line = line.slice(match[0].length);
    }
    return line;
}

;// CONCATENATED MODULE: ./src/diagnostics/index.ts











/** Lines longer than this are cut before parsing: no diagnostic needs more. */
const MAX_LINE_LENGTH = 8192;
/** How many lines of include chain / function / template backtrace are kept before a diagnostic. */
const MAX_LEADING_CONTEXT = 30;
const MAX_CONTEXT = 50;
/** Lines that belong to the diagnostic above them: notes, carets, fix-its, candidates. */
function isContinuation(line) {
    if (line.trim() === '')
        return false;
    if (line.includes(': note: ') || line.startsWith('note: '))
        return true;
    return line.startsWith(' ') || line.startsWith('\t') || line.startsWith('>>> ');
}
// BFA closes each cause with "( <build url> )": not part of the diagnostic.
function stripBuildUrlSuffix(message) {
    const trimmed = message.trimEnd();
    if (!trimmed.endsWith(')'))
        return trimmed;
    const open = trimmed.lastIndexOf(' ( http');
    return open === -1 ? trimmed : trimmed.slice(0, open).trimEnd();
}
/**
 * One line → a self-contained diagnostic of any tool we know, or null.
 * Cheap substring checks gate each parser.
 */
function parseDiagnosticLine(line) {
    if (line.indexOf(': ') === -1 && line.indexOf('\t') === -1 && line.indexOf(' - error ') === -1 && !line.startsWith('duplicate symbol '))
        return null;
    const gnu = parseGnuDiagnosticLine(line);
    if (gnu)
        return gnuDiagnostic(gnu);
    if (line.indexOf('LNK') !== -1) {
        const link = parseLinkExeLine(line);
        if (link)
            return link;
    }
    if (line.indexOf(')') !== -1) {
        const msvc = parseMsvcDiagnosticLine(line);
        if (msvc)
            return msvc;
    }
    if (line.indexOf(' - error TS') !== -1) {
        const tsc = parseTscPrettyLine(line);
        if (tsc)
            return tsc;
    }
    const linker = parseLinkerLine(line);
    if (linker)
        return linker;
    if (line.indexOf('\t') !== -1) {
        const row = parseErrorListRow(line);
        if (row)
            return row;
    }
    return parseGoLine(line);
}
/**
 * Reads diagnostics line by line, keeping only the little state multi-line
 * forms need (include chains before a diagnostic, notes after it, sanitizer
 * and test-runner blocks), so a log can be fed to it as a stream.
 */
class DiagnosticScanner {
    found = [];
    last = null;
    pendingLocation = null;
    leading = [];
    sawClangSummary = false;
    excerptNext = false;
    sanitizers = new SanitizerBlock();
    tests = new TestRunnerReader((d) => this.emit(d));
    ld64 = new Ld64UndefinedBlock();
    rustc = new RustcReader();
    cmake = new CmakeReader();
    emitFn = (d) => this.emit(d);
    push(rawLine) {
        const line = cleanLine(rawLine.length > MAX_LINE_LENGTH ? rawLine.slice(0, MAX_LINE_LENGTH) : rawLine);
        if (this.pendingLocation) {
            const location = this.pendingLocation;
            this.pendingLocation = null;
            const bare = parseBareSeverityLine(line);
            if (bare) {
                this.emit(gnuDiagnostic({ ...location, ...bare }));
                return;
            }
        }
        if (this.sanitizers.push(line, this.emitFn))
            return this.endPlain();
        if (this.tests.push(line))
            return this.endPlain();
        if (this.ld64.push(line, this.emitFn))
            return this.endPlain();
        if (this.rustc.push(line, this.emitFn))
            return this.endPlain();
        if (this.cmake.push(line, this.emitFn))
            return this.endPlain();
        if (isLeadingContextLine(line)) {
            if (this.leading.length < MAX_LEADING_CONTEXT)
                this.leading.push(line);
            return;
        }
        if (isSummaryLine(line)) {
            if (line.indexOf(' generated.') !== -1)
                this.sawClangSummary = true;
            this.last = null;
            this.leading = [];
            return;
        }
        const diagnostic = parseDiagnosticLine(line);
        if (diagnostic) {
            if (diagnostic.code !== null && LINK_SUMMARY_CODES.has(diagnostic.code)) {
                this.last = null;
                return;
            }
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
        // Clang prints the source line as is (no indent) right after a diagnostic or note.
        const excerpt = this.excerptNext && line.trim() !== '';
        this.excerptNext = false;
        if (excerpt) {
            // Not source but the machine failing right after a diagnostic ("g++: fatal error: Killed signal…").
            const other = parseMachineLine(line);
            if (other) {
                this.emit(other);
                return;
            }
        }
        if (this.last && (excerpt || isContinuation(line))) {
            if (line.includes(': note: '))
                this.excerptNext = true;
            const continuation = stripBuildUrlSuffix(line);
            if (this.last.context.length < MAX_CONTEXT && continuation.trim() !== '' && !continuation.trim().startsWith('( http')) {
                // An include chain printed before a note belongs to that note.
                for (const lead of this.leading)
                    if (this.last.context.length < MAX_CONTEXT)
                        this.last.context.push(lead);
                this.last.context.push(continuation);
            }
            this.leading = [];
            return;
        }
        const other = parseMachineLine(line);
        if (other) {
            this.emit(other);
            return;
        }
        this.last = null;
        this.leading = [];
    }
    /** A line some block reader took: plain diagnostics above no longer continue. */
    endPlain() {
        this.last = null;
        this.leading = [];
    }
    emit(diagnostic) {
        diagnostic.message = stripBuildUrlSuffix(diagnostic.message);
        if (this.leading.length > 0) {
            diagnostic.context = [...this.leading, ...diagnostic.context];
            this.leading = [];
        }
        this.found.push(diagnostic);
        this.last = diagnostic;
        // Only compilers quote the source line after a diagnostic (Clang and GCC before 9 unindented).
        this.excerptNext = diagnostic.column !== null && diagnostic.code === null && diagnostic.subject === undefined && (diagnostic.tool === null || diagnostic.tool === 'gcc' || diagnostic.tool === 'clang' || diagnostic.tool === 'clang-tidy' || diagnostic.tool === 'clang-format');
    }
    /** Diagnostics found so far, without closing the blocks still being read (finish() does). */
    get count() {
        return this.found.length;
    }
    finish() {
        this.sanitizers.finish();
        this.tests.finish();
        for (const d of this.found) {
            if (d.tool === null && d.file !== null && d.line !== null && d.code === null)
                d.tool = compilerFromShape(d.context, this.sawClangSummary);
        }
        return this.found;
    }
}
/** Every diagnostic in a text (a bot's quote or a log), in order. */
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

;// CONCATENATED MODULE: ./src/diagnostics/needles.ts
/**
 * Byte strings that mark the lines of a log worth parsing. The log stage
 * (src/logs) searches whole logs for these with a SIMD kernel and hands only
 * the lines around the hits to DiagnosticScanner, so EVERY line a parser here
 * turns into an error (or a step/target marker) must contain one of them.
 * When you teach a parser new wording, add its needle here;
 * test/logs/needles.test.ts checks this over every fixture.
 *
 * Speed (src/logs/needle-search.ts): the kernel's cost per byte does not grow
 * with the number of needles, up to 32 in 8 buckets of 3-byte fingerprints
 * (one pass; more needles take another pass), but needles sharing a bucket
 * accept every mix of their first bytes, and each accepted
 * position is compared in full. So a needle should start with bytes that are
 * rare in logs, together: prefer `rror` over `error`, and rare-byte anchors
 * with a lineMustContain check over common words.
 * English tool output only: a localised MSVC (`Fehler C2065`) needs its word here.
 */
const DIGITS = '0123456789';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Word characters but `s` (`errors`): what may not follow `error` in a diagnostic. */
const WORD_BUT_PLURAL = `${DIGITS}${LETTERS.replace('s', '')}_`;
const LOG_NEEDLES = [
    {
        find: 'rror',
        notFollowedBy: WORD_BUT_PLURAL,
        why: 'GCC/Clang `: error:`, `fatal error:`, `[-Werror=`; MSVC `error C2065`, link.exe `error LNK2019`; UBSan `runtime error:`; collect2/lld `error:`; make `Error 1`; `##[error]`',
    },
    { find: 'RROR', why: 'sanitizers `ERROR: AddressSanitizer`, `ERROR: LeakSanitizer`, other tools in capitals' },
    // Not `FAIL`/`Fail`: CMake logs have `F` in every line (CMakeFiles), `A` is rare.
    { find: 'AIL', why: 'ninja `FAILED: target`, GoogleTest `[  FAILED  ]`, CTest `tests FAILED`, go test `--- FAIL`, jest `FAIL`' },
    { find: '***', why: 'CTest `***Failed`, `***Timeout`, `***Exception: SegFault`; make `*** [target] Error 1`; crash handlers `*** SIGSEGV`' },
    { find: 'fatal', why: 'git and other tools `fatal:`' },
    { find: 'Sanitizer', why: '`WARNING: ThreadSanitizer: data race`, `SUMMARY: …Sanitizer`' },
    {
        find: '`',
        lineMustContain: ['undefined reference', 'multiple definition', 'in function `'],
        why: 'GNU ld `undefined reference to `sym\'`, `multiple definition of `sym\'` and the `in function `f\':` line before them (the backtick is the rare anchor)',
    },
    { find: 'Undefined symbols', why: 'Apple ld' },
    { find: 'Segmentation fault', why: 'crashes' },
    { find: 'SIG', why: '`SIGSEGV`, `SIGABRT`, `SIGILL` in crash reports' },
    { find: 'Aborted', why: '`Aborted (core dumped)`' },
    { find: 'Timeout', why: 'CTest `***Timeout`, test timeouts' },
    { find: '(after ', lineMustContain: ['timed out'], why: 'Jenkins build-timeout plugin `Build timed out (after 60 minutes)`' },
    { find: 'No space left on device', why: 'infrastructure' },
    { find: 'Killed', why: 'OOM killer' },
    { find: '##[group]', why: 'GitHub Actions step names (the failing step)' },
    { find: 'LNK', why: 'link.exe in any language: `LNK2019`, `LNK1104`' },
    { find: 'duplicate symbol', why: 'Apple ld64 `duplicate symbol \'_main\'`' },
    { find: '.go:', lineMustContain: [': '], why: 'go build `./main.go:5:2: undefined: x` (no severity word)' },
    { find: 'panic', why: 'Rust `thread \'t\' panicked at src/lib.rs:6:5` (cargo test); go test `panic: test timed out after 1s`' },
    { find: 'diff of stderr', why: 'rust compiletest UI test failures' },
    // Localised GCC, GNU ld and MSVC (the severity word and the linker's sentences).
    { find: 'Fehler', why: 'German GCC `Fehler:`, MSVC `Fehler C2065`' },
    { find: 'rreur', why: 'French GCC `erreur:`, MSVC `erreur C2065` (`rreur`: rarer bytes than `err`)' },
    { find: 'rrore', why: 'Italian GCC/MSVC `errore`' },
    { find: '«', why: 'the opening guillemet of localised GCC and GNU ld quotes (French « x », German »x«, Russian): undefinierter Verweis, définitions multiples, …' },
    { find: 'nicht finden', why: 'German ld `kann -lfoo nicht finden`' },
    { find: 'ne peut pas trouver', why: 'French ld `ne peut pas trouver -lfoo`' },
    { find: 'ошибка', why: 'Russian GCC/MSVC' },
    { find: '错误', why: 'Chinese GCC/MSVC' },
    { find: 'エラー', why: 'Japanese GCC/MSVC' },
];

;// CONCATENATED MODULE: ./node_modules/ansi-regex/index.js
// Valid string terminator sequences are ESC\ and 0x9c; OSC also accepts BEL.
const ST = String.raw`(?:\u001B\u005C|\u009C)`;

// OSC sequences only: ESC ] ... BEL/ST (or the C1 introducer 0x9d ... BEL/ST).
// Payloads stop at terminators, cancellations, and C1 controls. An unterminated string cannot swallow the next sequence or repeatedly scan its payload from later introducers. Terminals likewise abort a control string on an unexpected ESC.
const stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
const osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;

// DCS, SOS, PM, APC, and screen window titles have opaque payloads terminated by ST. Nested ESC payloads, such as tmux passthrough, require a parser.
const controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;

// Linux console palette controls have fixed lengths and no string terminator; iTerm2 terminates its palette assignments. Consume an immediately adjacent OSC terminator, but match these controls before OSC so a later BEL cannot consume visible text.
const linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;

// CSI: ESC [ or C1 CSI, parameter bytes (0x30–0x3f), intermediate bytes (0x20–0x2f), then a final byte (0x40–0x7e).
// `= < >` are final bytes in two-byte VT52 escapes (`ESC >`) but parameter bytes in a CSI (`ESC [ > 0 ; 276 ; 0 c`, the device attributes reply). Match CSI first to consume the whole sequence, where its introducer makes the two unambiguous.
const csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;

// Related escapes: ESC, intermediate bytes (0x20–0x2f), then a final byte (0x30–0x7e), or a supported two-byte escape.
// The two-byte final class stays narrow so that ESC followed by an arbitrary character is not read as a sequence. CSI parameters belong only to the CSI form, preventing partial matches and avoiding a second scan with nested repetition.
// Escapes whose final byte is a digit include `ESC 7` and `ESC 8` (save and restore cursor), `ESC ( 0` (line drawing character set), and `ESC # 8` (screen alignment).
// A digit is never a CSI final byte. These escapes end immediately at their final byte, so `ESC 7 l` is read as the escape followed by text rather than a sequence with parameter 7 and final byte `l`.
const ansi_regex_escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;

const pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${ansi_regex_escape}`;

function ansiRegex({onlyFirst = false} = {}) {
	return new RegExp(pattern, onlyFirst ? undefined : 'g');
}

;// CONCATENATED MODULE: ./node_modules/strip-ansi/index.js


const regex = ansiRegex();

function strip_ansi_stripAnsi(string) {
	if (typeof string !== 'string') {
		throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
	}

	// Fast path: ANSI codes require ESC (7-bit) or CSI (8-bit) introducer
	if (!string.includes('\u001B') && !string.includes('\u009B')) {
		return string;
	}

	// Even though the regex is global, we don't need to reset the `.lastIndex`
	// because unlike `.exec()` and `.test()`, `.replace()` does it automatically
	// and doing it manually has a performance penalty.
	return string.replace(regex, '');
}

;// CONCATENATED MODULE: ./src/logs/clean.ts

/**
 * What CI systems add around a tool's line: colour codes, Jenkins console
 * notes, timestamp prefixes. Applied only to the few lines the log stage
 * decodes, never to the whole log.
 */
// Jenkins writes console notes (hyperlinks, serialized annotations) as hidden text: ESC[8m … ESC[0m.
const JENKINS_HIDDEN_NOTE = /\x1b\[8m[^\x1b]{0,8192}\x1b\[0m/g;
// Bounded quantifiers only: a hostile line cannot make these backtrack far.
const GITHUB_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z ?/;
const BRACKETED_TIMESTAMP = /^\[\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\] ?/;
const CLOCK_TIMESTAMP = /^\[?\d{1,3}:\d{2}:\d{2}(?:\.\d{1,6})?\]? /;
/** A CI timestamp at the start of a line, removed: GitHub Actions, Jenkins timestamper (system or elapsed time). */
function stripTimestamp(line) {
    // Cheap shape checks first: most lines are not stamped, and `[12/345] Building` must not pay for three regexes.
    const first = line.charCodeAt(0);
    let match = null;
    if (first >= 48 && first <= 57) {
        if (line.charCodeAt(4) === 45 /* - */)
            match = GITHUB_TIMESTAMP.exec(line);
        else if (hasClockColon(line, 1))
            match = CLOCK_TIMESTAMP.exec(line);
    }
    else if (first === 91 /* [ */) {
        if (line.charCodeAt(5) === 45)
            match = BRACKETED_TIMESTAMP.exec(line);
        else if (hasClockColon(line, 2))
            match = CLOCK_TIMESTAMP.exec(line);
    }
    return match ? line.slice(match[0].length) : line;
}
/** `H:`, `HH:` or `HHH:` from `from`. */
function hasClockColon(line, from) {
    for (let i = from; i < from + 3; i++)
        if (line.charCodeAt(i) === 58 /* : */)
            return true;
    return false;
}
/** One log line as the tool printed it. `\r` is handled by the caller, which splits on it. */
function cleanLogLine(raw) {
    let line = raw;
    if (line.indexOf('\x1b') !== -1) {
        if (line.indexOf('\x1b[8m') !== -1)
            line = line.replace(JENKINS_HIDDEN_NOTE, '');
        line = strip_ansi_stripAnsi(line);
    }
    // A prefix may come twice: the runner's timestamp, then the tool's own (Jenkins in GitHub, or the reverse).
    line = stripTimestamp(line);
    return stripTimestamp(line);
}

;// CONCATENATED MODULE: ./src/logs/kernel/needle-kernel.wasm.ts
// Generated by build.sh from needle-kernel.c: do not edit.
const NEEDLE_KERNEL_WASM = 'AGFzbQEAAAABDwFgCn9/f39/f39/f38BfwIRAQNlbnYGbWVtb3J5AgMCgAgDAgEABg8CfwFBgIgEC38AQYCIBAsHFgIEc2NhbgAAC19faGVhcF9iYXNlAwEKuQgBtggHA38GewF/AnsCfwZ7DX8gBEEBaiEKIABBb2ohCyAJQRBqIQwgA/0AAFAhDSAD/QAAQCEOIAP9AAAwIQ8gA/0AACAhECAD/QAAECERIAP9AAAAIRJBACET/QwAAAAAAAAAAAAAAAAAAAAAIhQhFSACIQMCQAJAA0AgCyADaiEWA0AgA0EQaiIXIAFLDQIgFSARIAAgA2r9AAAAIhhBBP1tIhn9DiASIBj9DA8PDw8PDw8PDw8PDw8PDw/9TiIY/Q79TiIa/Q0ODxAREhMUFRYXGBkaGxwdIRsgFCAPIBn9DiAQIBj9Dv1OIhz9DQ8QERITFBUWFxgZGhscHR4hHSAWQRBqIRYgHCEUIBohFSAXIQMgHSAbIA0gGf0OIA4gGP0O/U79Tv1OIhn9U0UNAAsgDCAZ/QsAACAcIRQgGiEVIBchAyAZ/QwAAAAAAAAAAAAAAAAAAAAA/ST9ZCIeRQ0AIAAgF2ohHwJAA0AgFyAeaCIgaiEDIBNBgAFqIAhLDQEgHkF/aiAecSEeAkAgDCAgai0AACIhQf8BcUUNACADQW5qISIgFiAgaiEjIB8gIGpBbmohJANAICEiA0F/aiADcSEhAkAgBiADaEEDdEH4AXFqIgMtAAAiJUH/AUYNAANAIAMhJgJAIBcgICAFICVB/wFxQQN0aiIDKAIEIidqakFuaiABSw0AAkAgJ0UNACAkLQAAIAQgAygCACIDai0AAEcNASAnQX9qISggCiADaiEpQQAhAwNAICggA0YNASApIANqISUgIyADaiEqIANBAWohAyAqLQAAICUtAABGDQALIAMgJ0kNAQsgByATQQJ0aiIDICI2AgAgA0EEaiAmLQAANgIAIBNBAmohEwsgJkEBaiEDICYtAAEiJUH/AUcNAAsLICFB/wFxDQALCyAeDQALIBwhFCAaIRUgFyEDDAELCyADQW5qIQEMAQsgAiADQX5qIAMgAkECaiIlSRsiFyABTw0AIARBAWohFiAAIAMgJSADICVLG2pBf2ohIwNAAkAgE0GAAWogCE0NACAJIBc2AgAgEw8LIAAgF2ohIEH/ASEkA0AgJCIDQX9qIANxISQCQCAGIANoQQN0QfgBcWoiAy0AACIlQf8BRg0AA0AgAyEmAkAgBSAlQf8BcUEDdGoiAygCBCInIBdqIAFLDQACQCAnRQ0AICAtAAAgBCADKAIAIgNqLQAARw0BICdBf2ohKCAWIANqISlBACEDA0AgKCADRg0BICkgA2ohJSAjIANqISogA0EBaiEDICotAAAgJS0AAEYNAAsgAyAnSQ0BCyAHIBNBAnRqIgMgFzYCACADQQRqICYtAAA2AgAgE0ECaiETCyAmQQFqIQMgJi0AASIlQf8BRw0ACwsgJEH/AXENAAsgI0EBaiEjIBdBAWoiFyABRw0ACwsgCSABNgIAIBML';
const NEEDLE_KERNEL_RELAXED_WASM = 'AGFzbQEAAAABDwFgCn9/f39/f39/f38BfwIRAQNlbnYGbWVtb3J5AgMCgAgDAgEABg8CfwFBgIgEC38AQYCIBAsHFgIEc2NhbgAAC19faGVhcF9iYXNlAwEKvwgBvAgHA38GewF/AnsCfwZ7DX8gBEEBaiEKIABBb2ohCyAJQRBqIQwgA/0AAFAhDSAD/QAAQCEOIAP9AAAwIQ8gA/0AACAhECAD/QAAECERIAP9AAAAIRJBACET/QwAAAAAAAAAAAAAAAAAAAAAIhQhFSACIQMCQAJAA0AgCyADaiEWA0AgA0EQaiIXIAFLDQIgFSARIAAgA2r9AAAAIhhBBP1tIhn9gAIgEiAY/QwPDw8PDw8PDw8PDw8PDw8P/U4iGP2AAv1OIhr9DQ4PEBESExQVFhcYGRobHB0hGyAUIA8gGf2AAiAQIBj9gAL9TiIc/Q0PEBESExQVFhcYGRobHB0eIR0gFkEQaiEWIBwhFCAaIRUgFyEDIB0gGyANIBn9gAIgDiAY/YAC/U79Tv1OIhn9U0UNAAsgDCAZ/QsAACAcIRQgGiEVIBchAyAZ/QwAAAAAAAAAAAAAAAAAAAAA/ST9ZCIeRQ0AIAAgF2ohHwJAA0AgFyAeaCIgaiEDIBNBgAFqIAhLDQEgHkF/aiAecSEeAkAgDCAgai0AACIhQf8BcUUNACADQW5qISIgFiAgaiEjIB8gIGpBbmohJANAICEiA0F/aiADcSEhAkAgBiADaEEDdEH4AXFqIgMtAAAiJUH/AUYNAANAIAMhJgJAIBcgICAFICVB/wFxQQN0aiIDKAIEIidqakFuaiABSw0AAkAgJ0UNACAkLQAAIAQgAygCACIDai0AAEcNASAnQX9qISggCiADaiEpQQAhAwNAICggA0YNASApIANqISUgIyADaiEqIANBAWohAyAqLQAAICUtAABGDQALIAMgJ0kNAQsgByATQQJ0aiIDICI2AgAgA0EEaiAmLQAANgIAIBNBAmohEwsgJkEBaiEDICYtAAEiJUH/AUcNAAsLICFB/wFxDQALCyAeDQALIBwhFCAaIRUgFyEDDAELCyADQW5qIQEMAQsgAiADQX5qIAMgAkECaiIlSRsiFyABTw0AIARBAWohFiAAIAMgJSADICVLG2pBf2ohIwNAAkAgE0GAAWogCE0NACAJIBc2AgAgEw8LIAAgF2ohIEH/ASEkA0AgJCIDQX9qIANxISQCQCAGIANoQQN0QfgBcWoiAy0AACIlQf8BRg0AA0AgAyEmAkAgBSAlQf8BcUEDdGoiAygCBCInIBdqIAFLDQACQCAnRQ0AICAtAAAgBCADKAIAIgNqLQAARw0BICdBf2ohKCAWIANqISlBACEDA0AgKCADRg0BICkgA2ohJSAjIANqISogA0EBaiEDICotAAAgJS0AAEYNAAsgAyAnSQ0BCyAHIBNBAnRqIgMgFzYCACADQQRqICYtAAA2AgAgE0ECaiETCyAmQQFqIQMgJi0AASIlQf8BRw0ACwsgJEH/AXENAAsgI0EBaiEjIBdBAWoiFyABRw0ACwsgCSABNgIAIBML';

;// CONCATENATED MODULE: ./src/logs/needle-search.ts

/** Read slots a search offers. */
const READ_SLOTS = 4;
class IndexOfSearch {
    kind = 'indexOf';
    kernel = null;
    needles;
    constructor(needles) {
        this.needles = needles.map((n) => Buffer.from(n, 'utf8'));
    }
    reusable = new Array(READ_SLOTS).fill(null);
    share() {
        return null;
    }
    view() {
        return null;
    }
    readBuffer(size, _slack, slot = 0) {
        const have = this.reusable[slot];
        if (have && have.length >= size)
            return have.subarray(0, size);
        const fresh = Buffer.allocUnsafe(size);
        this.reusable[slot] = fresh;
        return fresh;
    }
    find(buf, end, onHit) {
        const region = end === buf.length ? buf : buf.subarray(0, end);
        this.needles.forEach((needle, index) => {
            for (let at = region.indexOf(needle, 0); at !== -1; at = region.indexOf(needle, at + 1))
                onHit(at, index);
        });
    }
}
const wasm = globalThis.WebAssembly;
const BUCKETS = 8;
const PER_BUCKET = 8;
/** Bytes of a needle's start the kernel's nibble tables check before comparing it whole. */
const FINGERPRINT = 3;
/**
 * Needles per kernel call: 8 buckets of at most 7 hold up to 56, but the
 * greedy merge can end stuck above 8 buckets of 4 or more; with 32 it cannot.
 */
const MAX_PER_CALL = 32;
const OUT_PAIRS = 1 << 15;
const PAGE = 65536;
/** The kernel's memory at most (build.sh says the same): read slots, copy area and outputs fit. */
const MAX_PAGES = 1024;
/** Per-thread area for the kernel's state (resume position, scratch). */
const STATE_BYTES = 32;
/**
 * Threads that may run the kernel at once on one memory: lane 0 is the
 * creator's, lane 1 its worker's (one at a time: a SearchHelper's worker has
 * no chunk left, or has exited, before the next helper starts one).
 */
const LANES = 2;
/** Nibble tables: bucket bit b is set where a needle of bucket b may have that nibble at that offset. */
function buildTables(needles, bucketOf) {
    const tables = new Uint8Array(96);
    needles.forEach((needle, index) => {
        const bit = 1 << bucketOf[index];
        for (let k = 0; k < FINGERPRINT; k++) {
            if (k < needle.length) {
                tables[32 * k + (needle[k] & 15)] |= bit;
                tables[32 * k + 16 + (needle[k] >> 4)] |= bit;
            }
            else {
                // A needle shorter than the fingerprint accepts any byte there.
                for (let nibble = 0; nibble < 16; nibble++) {
                    tables[32 * k + nibble] |= bit;
                    tables[32 * k + 16 + nibble] |= bit;
                }
            }
        }
    });
    return tables;
}
/**
 * How often a byte is met in build logs, roughly: lower case, digits, space
 * and path punctuation everywhere; capitals far less; other ASCII rarely;
 * non-ASCII (UTF-8 lead and continuation bytes) hardly (English output).
 */
function byteWeight(byte) {
    if ((byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte === 32 || byte === 47 || byte === 46 || byte === 45 || byte === 95 || byte === 58)
        return 1;
    if (byte >= 65 && byte <= 90)
        return 0.1;
    if (byte < 128)
        return 0.05;
    return 0.01;
}
const BYTE_WEIGHTS = Float64Array.from({ length: 256 }, (_, byte) => byteWeight(byte));
/**
 * How likely a bucket lets a log position through to the full comparison,
 * up to a factor: the lower, the fewer false hits. It accepts every mix of
 * its needles' nibbles at each position.
 */
function shapeCost(lo, hi, open) {
    let cost = 1;
    for (let k = 0; k < lo.length; k++)
        cost *= open[k] ? 256 : positionWeight(lo[k], hi[k]);
    return cost;
}
/** The weight of the bytes a position accepts: every mix of its high and low nibbles. */
function positionWeight(lo, hi) {
    // Set bits only: a bucket holds a few needles, so a few nibbles per position (this runs at every start).
    let weight = 0;
    for (let his = hi; his !== 0; his &= his - 1) {
        const h = 31 - Math.clz32(his & -his);
        for (let los = lo; los !== 0; los &= los - 1)
            weight += BYTE_WEIGHTS[(h << 4) | (31 - Math.clz32(los & -los))];
    }
    return weight;
}
/** shapeCost of the union of two buckets, without building it. */
function mergedCost(a, b) {
    let cost = 1;
    for (let k = 0; k < a.lo.length; k++)
        cost *= a.open[k] || b.open[k] ? 256 : positionWeight(a.lo[k] | b.lo[k], a.hi[k] | b.hi[k]);
    return cost;
}
function needleShape(needle, index) {
    const lo = [];
    const hi = [];
    const open = [];
    for (let k = 0; k < FINGERPRINT; k++) {
        open.push(k >= needle.length);
        lo.push(k < needle.length ? 1 << (needle[k] & 15) : 0);
        hi.push(k < needle.length ? 1 << (needle[k] >> 4) : 0);
    }
    return { members: [index], lo, hi, open, cost: shapeCost(lo, hi, open) };
}
/** The union of two buckets; `cost` is mergedCost(a, b), known already. */
function mergeShapes(a, b, cost) {
    const lo = a.lo.map((mask, k) => mask | b.lo[k]);
    const hi = a.hi.map((mask, k) => mask | b.hi[k]);
    const open = a.open.map((isOpen, k) => isOpen || b.open[k]);
    return { members: [...a.members, ...b.members], lo, hi, open, cost };
}
/**
 * Needles into BUCKETS buckets so that the buckets let through as few byte
 * strings as can be: a bucket accepts every mix of its needles' nibbles
 * (`Fehler` and `Killed` together accept `Fi`, as in every `CMakeFiles`),
 * weighted by how common those bytes are in logs. Greedy: start with a
 * bucket per needle and merge the two whose union adds the least, until they
 * fit. Computed once per process (a worker is given its creator's), on the
 * way to the first byte searched: a pair's cost is computed once, not every round.
 */
function assignBuckets(needles) {
    let buckets = needles.map((needle, index) => needleShape(needle, index));
    const pairCost = new Map();
    const costOf = (a, b) => {
        let row = pairCost.get(a);
        if (!row)
            pairCost.set(a, (row = new Map()));
        let cost = row.get(b);
        if (cost === undefined)
            row.set(b, (cost = mergedCost(a, b)));
        return cost;
    };
    while (buckets.length > BUCKETS) {
        let best = null;
        for (let a = 0; a < buckets.length; a++) {
            for (let b = a + 1; b < buckets.length; b++) {
                // A bucket list ends with 0xFF: 7 needles at most.
                if (buckets[a].members.length + buckets[b].members.length > PER_BUCKET - 1)
                    continue;
                const added = costOf(buckets[a], buckets[b]) - buckets[a].cost - buckets[b].cost;
                if (!best || added < best.added)
                    best = { a, b, added };
            }
        }
        if (!best)
            return null;
        const { a, b } = best;
        const merged = mergeShapes(buckets[a], buckets[b], costOf(buckets[a], buckets[b]));
        buckets = buckets.filter((_, i) => i !== a && i !== b);
        buckets.push(merged);
    }
    const bucketOf = new Array(needles.length);
    buckets.forEach((bucket, index) => bucket.members.forEach((member) => (bucketOf[member] = index)));
    return bucketOf;
}
/** First bytes rare in logs next to lower case: capitals and non-ASCII lead bytes. */
function startsWithRareByte(needle) {
    return needle[0] >= 0x80 || (needle[0] >= 65 && needle[0] <= 90);
}
/** The kernel's groups and buckets for these needles (what createNeedleSearch computes unless given a plan); null: they do not fit. */
function planNeedleGroups(needleTexts) {
    return groupNeedles(needleTexts.map((n) => Buffer.from(n, 'utf8')));
}
/**
 * The needles in groups, one kernel call each: all in one while they are
 * MAX_PER_CALL at most. One call for all measured faster than a call for the
 * needles with a rare first byte and one for the rest, on every text tried
 * (the bench's build log, JavaScript, Debian's docs, 200 languages of tool
 * messages: 10 to 40% less time). Past that, the rare-first-byte ones go last,
 * so that they share calls.
 */
function groupNeedles(needles) {
    const all = needles.map((_, i) => i);
    const ordered = [...all.filter((i) => !startsWithRareByte(needles[i])), ...all.filter((i) => startsWithRareByte(needles[i]))];
    const groups = [];
    for (let from = 0; from < ordered.length; from += MAX_PER_CALL) {
        const indices = ordered.slice(from, from + MAX_PER_CALL);
        const bucketOf = assignBuckets(indices.map((i) => needles[i]));
        if (!bucketOf)
            return null;
        groups.push({ indices, bucketOf });
    }
    return groups;
}
class WasmSimdSearch {
    module;
    kernel;
    memory;
    needleTexts;
    plans;
    lane;
    kind = 'wasm-simd';
    exports;
    groups = [];
    outAt;
    stateAt;
    readAt;
    readSize = 0;
    inputAt;
    /** Every ArrayBuffer object the memory has shown (growing makes a new one): views of any of them need no copy. */
    memoryBuffers = new WeakSet();
    /**
     * `lane` 0 lays the tables out in the memory; another lane (a worker on
     * the same memory, given the creator's plans) finds them there, the layout
     * being a function of the module, the needles and the plans alone.
     */
    constructor(module, kernel, instance, memory, needleTexts, needles, plans, lane) {
        this.module = module;
        this.kernel = kernel;
        this.memory = memory;
        this.needleTexts = needleTexts;
        this.plans = plans;
        this.lane = lane;
        this.exports = instance.exports;
        const align = (n) => (n + 15) & ~15;
        let at = align(this.exports.__heap_base.value);
        for (const plan of plans) {
            const own = plan.indices.map((i) => needles[i]);
            const tablesAt = at;
            const bytesAt = align(tablesAt + 96);
            const needlesAt = align(bytesAt + own.reduce((sum, n) => sum + n.length, 0));
            const bucketsAt = align(needlesAt + 8 * own.length);
            at = align(bucketsAt + BUCKETS * PER_BUCKET);
            this.groups.push({ ...plan, needles: own, tablesAt, bytesAt, needlesAt, bucketsAt });
        }
        const laneBytes = OUT_PAIRS * 8 + STATE_BYTES;
        this.outAt = at + lane * laneBytes;
        this.stateAt = this.outAt + OUT_PAIRS * 8;
        this.readAt = align(at + LANES * laneBytes);
        this.inputAt = this.readAt;
        if (lane !== 0)
            return;
        this.ensure(this.inputAt + PAGE);
        const bytes = new Uint8Array(this.memory.buffer);
        for (const group of this.groups) {
            bytes.set(buildTables(group.needles, group.bucketOf), group.tablesAt);
            const descriptors = new DataView(this.memory.buffer, group.needlesAt, 8 * group.needles.length);
            let offset = 0;
            group.needles.forEach((needle, index) => {
                bytes.set(needle, group.bytesAt + offset);
                descriptors.setUint32(8 * index, offset, true);
                descriptors.setUint32(8 * index + 4, needle.length, true);
                offset += needle.length;
            });
            bytes.fill(0xff, group.bucketsAt, group.bucketsAt + BUCKETS * PER_BUCKET);
            const filled = new Array(BUCKETS).fill(0);
            group.needles.forEach((_, index) => {
                const bucket = group.bucketOf[index];
                bytes[group.bucketsAt + bucket * PER_BUCKET + filled[bucket]++] = index;
            });
        }
    }
    buffer() {
        const buffer = this.memory.buffer;
        this.memoryBuffers.add(buffer);
        return buffer;
    }
    ensure(bytes) {
        const have = this.memory.buffer.byteLength;
        if (bytes > MAX_PAGES * PAGE)
            throw new RangeError(`needle search: ${bytes} bytes of memory asked for, ${MAX_PAGES * PAGE} at most`);
        if (bytes > have)
            this.memory.grow(Math.ceil((bytes - have) / PAGE));
    }
    share() {
        return { module: this.module, kernel: this.kernel, memory: this.memory, needles: this.needleTexts, groups: this.plans };
    }
    view(offset, length) {
        return Buffer.from(this.buffer(), offset, length);
    }
    readBuffer(size, slack, slot = 0) {
        if (size > this.readSize) {
            // The read slots sit before the copy area; growing them moves the copy area up.
            this.readSize = (size + 15) & ~15;
            this.inputAt = this.readAt + READ_SLOTS * this.readSize + 16;
        }
        this.ensure(this.inputAt + slack + PAGE);
        return this.view(this.readAt + slot * this.readSize, size);
    }
    /** Hits in ascending position per kernel call (one call for up to MAX_PER_CALL needles). */
    find(buf, end, onHit) {
        if (end === 0)
            return;
        let at;
        if (this.memoryBuffers.has(buf.buffer) && buf.byteOffset + end + 16 <= this.memory.buffer.byteLength) {
            // A view of this memory (a read slot): nothing to copy.
            at = buf.byteOffset;
        }
        else {
            // The copy area is the creator's: another lane copying there would overwrite it (and read slot 0 lies where a worker's lane would put it).
            if (this.lane !== 0)
                throw new Error('needle search: a worker searches views of the shared memory only');
            this.ensure(this.inputAt + end + 16);
            new Uint8Array(this.buffer(), this.inputAt, end).set(buf.subarray(0, end));
            at = this.inputAt;
        }
        const out = new Uint32Array(this.buffer(), this.outAt, OUT_PAIRS * 2);
        const state = new Uint32Array(this.buffer(), this.stateAt, 1);
        const { scan } = this.exports;
        for (const group of this.groups) {
            const { indices } = group;
            let from = 0;
            while (from < end) {
                const count = scan(at, end, from, group.tablesAt, group.bytesAt, group.needlesAt, group.bucketsAt, this.outAt, OUT_PAIRS * 2, this.stateAt);
                for (let k = 0; k < count; k += 2)
                    onHit(out[k], indices[out[k + 1]]);
                const resume = state[0];
                if (resume <= from && count === 0)
                    throw new Error('needle search made no progress');
                from = resume;
            }
        }
    }
}
const KERNEL_BYTES = { relaxed: NEEDLE_KERNEL_RELAXED_WASM, plain: NEEDLE_KERNEL_WASM };
/**
 * The kernel builds to try, in order: the one asked for; else relaxed SIMD
 * where the engine has it (Node 22+: some 30% faster, its lookups need no
 * guard for out-of-range indices), then plain SIMD. Both find the same hits
 * (test/logs/needle-search.test.ts).
 */
function kernelBuilds(api, asked) {
    if (asked)
        return [asked];
    return api.validate(Buffer.from(NEEDLE_KERNEL_RELAXED_WASM, 'base64')) ? ['relaxed', 'plain'] : ['plain'];
}
/** The fastest search this Node can run for these needles. */
function createNeedleSearch(needleTexts, options = {}) {
    const needles = needleTexts.map((n) => Buffer.from(n, 'utf8'));
    if (wasm && options.allowWasm !== false && needles.length > 0 && needles.every((n) => n.length > 0)) {
        const attach = options.attach;
        const plan = options.plan;
        const planned = plan && plan.needles.length === needleTexts.length && plan.needles.every((n, i) => n === needleTexts[i]) ? plan.groups : null;
        // A worker takes its creator's buckets: the same layout, and no time spent computing them again.
        const groups = attach ? attach.groups : (planned ?? groupNeedles(needles));
        if (groups === null)
            return new IndexOfSearch(needleTexts);
        // A worker runs its creator's module; a creator tries the builds in turn.
        for (const kernel of attach ? [attach.kernel] : kernelBuilds(wasm, options.kernel)) {
            try {
                const module = attach ? attach.module : new wasm.Module(Buffer.from(KERNEL_BYTES[kernel], 'base64'));
                const memory = attach ? attach.memory : new wasm.Memory({ initial: 16, maximum: MAX_PAGES, shared: true });
                const instance = new wasm.Instance(module, { env: { memory } });
                return new WasmSimdSearch(module, kernel, instance, memory, needleTexts, needles, groups, attach ? 1 : 0);
            }
            catch (error) {
                // A worker must not quietly search something else than its creator.
                if (attach)
                    throw error;
                // This build does not run here (no WebAssembly SIMD, relaxed SIMD or shared memory): the next, or indexOf.
            }
        }
    }
    return new IndexOfSearch(needleTexts);
}
/**
 * Every hit in buf[0, end) as flat (position, needle) pairs, in the order
 * find() reports them: what LogScanner.push takes with a chunk, from either
 * reading thread.
 */
function collectHits(search, buf, end) {
    let pairs = new Uint32Array(1024);
    let count = 0;
    search.find(buf, end, (at, needle) => {
        if (count + 2 > pairs.length) {
            const bigger = new Uint32Array(pairs.length * 2);
            bigger.set(pairs);
            pairs = bigger;
        }
        pairs[count++] = at;
        pairs[count++] = needle;
    });
    return pairs.slice(0, count);
}

;// CONCATENATED MODULE: ./src/logs/log-needle-plan.ts
/** planNeedleGroups(LOG_NEEDLES): the kernel's groups and buckets, computed once here instead of at every start. */
const LOG_NEEDLE_PLAN = {
    "needles": [
        "rror",
        "RROR",
        "AIL",
        "***",
        "fatal",
        "Sanitizer",
        "`",
        "Undefined symbols",
        "Segmentation fault",
        "SIG",
        "Aborted",
        "Timeout",
        "(after ",
        "No space left on device",
        "Killed",
        "##[group]",
        "LNK",
        "duplicate symbol",
        ".go:",
        "panic",
        "diff of stderr",
        "Fehler",
        "rreur",
        "rrore",
        "«",
        "nicht finden",
        "ne peut pas trouver",
        "ошибка",
        "错误",
        "エラー"
    ],
    "groups": [
        {
            "indices": [
                0,
                3,
                4,
                6,
                12,
                15,
                17,
                18,
                19,
                20,
                22,
                23,
                25,
                26,
                1,
                2,
                5,
                7,
                8,
                9,
                10,
                11,
                13,
                14,
                16,
                21,
                24,
                27,
                28,
                29
            ],
            "bucketOf": [
                1,
                4,
                3,
                0,
                7,
                4,
                6,
                7,
                3,
                5,
                1,
                1,
                5,
                6,
                2,
                2,
                7,
                7,
                7,
                2,
                7,
                5,
                6,
                5,
                2,
                7,
                4,
                2,
                2,
                2
            ]
        }
    ]
};

;// CONCATENATED MODULE: ./src/logs/steps.ts
/**
 * Where a build stopped: the target ninja or make failed to build, the
 * GitHub Actions step that ran it. Read from the cleaned lines the log stage
 * decodes (the needles `FAIL`, `rror` and `##[group]` make sure they are).
 */
const MAX_TARGET = 300;
function clip(text) {
    const trimmed = text.trim();
    return trimmed.length > MAX_TARGET ? `${trimmed.slice(0, MAX_TARGET - 1)}…` : trimmed;
}
/** `FAILED: obj/a.o ` (ninja), `FAILED: [code=1] obj/a.o` (ninja ≥ 1.12). */
function ninjaFailedTarget(line) {
    if (!line.startsWith('FAILED: '))
        return null;
    let rest = line.slice(8);
    if (rest.startsWith('[code=')) {
        const close = rest.indexOf('] ');
        if (close !== -1 && close < 16)
            rest = rest.slice(close + 2);
    }
    const target = clip(rest);
    return target === '' ? null : target;
}
/**
 * `make[2]: *** [src/CMakeFiles/a.dir/build.make:76: src/a.o] Error 1` (GNU make ≥ 4.2),
 * `make: *** [all] Error 2` (older): the target in the brackets.
 */
function makeFailedTarget(line) {
    const stars = line.indexOf(': *** [');
    if (stars === -1 || !line.startsWith('make') || line.indexOf('Error', stars) === -1)
        return null;
    const open = stars + 6;
    const close = line.lastIndexOf('] ');
    if (close <= open)
        return null;
    let target = line.slice(open + 1, close);
    // `file:line: target`: the makefile location comes first.
    const space = target.indexOf(': ');
    if (space !== -1 && /:\d{1,9}$/.test(target.slice(Math.max(0, space - 10), space)))
        target = target.slice(space + 2);
    target = clip(target);
    return target === '' ? null : target;
}
/** `##[group]Run cmake --build build` → `Run cmake --build build`. */
function githubGroupTitle(line) {
    if (!line.startsWith('##[group]'))
        return null;
    const title = clip(line.slice(9));
    return title === '' ? null : title;
}
function isGithubErrorLine(line) {
    return line.startsWith('##[error]');
}

;// CONCATENATED MODULE: ./src/logs/scan.ts






const NL = 10;
const CR = 13;
/** Lines fed before a hit: test runners print the assertion before the `FAILED` line. */
const LEAD_LINES = 30;
/** Lines fed after a hit whatever they hold (sanitizer headers, `The signal is caused by…`, `Hint:`). */
const TRAIL_ALWAYS = 12;
/** Continuation lines fed after a hit at most. */
const TRAIL_MAX = 60;
/** A partial line longer than this without `\n` is cut at its last `\r`, or anywhere. */
const MAX_CARRY = 1 << 20;
const MAX_TARGETS = 20;
/** Bytes handed to the needle search at once. */
const MAX_REGION = 4 << 20;
let search = null;
/** The needle search of every LogScanner, made when a log is first read (a run without logs never compiles the kernel). */
function logSearch() {
    search ??= createNeedleSearch(LOG_NEEDLES.map((n) => n.find), { plan: LOG_NEEDLE_PLAN });
    return search;
}
const MUST_CONTAIN = LOG_NEEDLES.map((n) => n.lineMustContain ?? null);
const NEEDLE_LENGTH = LOG_NEEDLES.map((n) => Buffer.byteLength(n.find, 'utf8'));
/** Per needle, a 256-entry table of the bytes that may not follow it (null: any may). */
const NOT_FOLLOWED_BY = LOG_NEEDLES.map((n) => {
    if (!n.notFollowedBy)
        return null;
    const table = new Uint8Array(256);
    for (const byte of Buffer.from(n.notFollowedBy, 'latin1'))
        table[byte] = 1;
    return table;
});
/** Lines that go on with the diagnostic above them. */
function continuesDiagnostic(line) {
    if (line === '')
        return false;
    const first = line.charCodeAt(0);
    if (first === 32 || first === 9)
        return true;
    return line.includes('note:') || line.includes(': required from') || line.includes('In file included from');
}
/**
 * A line nobody saw: the empty "line" between the `\r` and `\n` of a CRLF, or
 * a progress redraw that the text after its `\r` overwrote on the terminal.
 * Skipped without breaking the run of lines around it.
 */
function isInvisible(buf, start, end) {
    let i = start;
    while (i < end && buf[i] !== NL && buf[i] !== CR)
        i++;
    return isInvisibleLine(buf, start, i, end);
}
/** isInvisible for a line whose end (its `\n`/`\r`, or `end`) is known. */
function isInvisibleLine(buf, start, lineEnd, end) {
    if (start > 0 && buf[start] === NL && buf[start - 1] === CR)
        return true;
    return lineEnd + 1 < end && buf[lineEnd] === CR && buf[lineEnd + 1] !== NL && buf[lineEnd + 1] !== CR;
}
// Buffer#utf8Slice skips toString's argument handling, which costs more than the decoding of a short line.
const fastUtf8 = typeof Buffer.prototype.utf8Slice === 'function';
function utf8(buf, start, end) {
    return fastUtf8 ? buf.utf8Slice(start, end) : buf.toString('utf8', start, end);
}
function toBuffer(chunk) {
    return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
class scan_LogScanner {
    scanner = new DiagnosticScanner();
    maxLine;
    maxDiagnostics;
    /** The end of the previous push that did not end a line. */
    carry = null;
    /** Absolute offset of the current buffer's first byte. */
    base = 0;
    /** Absolute offset just past the last line fed to the scanner (-1: none yet). */
    fedEnd = -1;
    /** The last lines of the previous region when not fed: the lead of a hit at the start of the next. */
    leadTail = null;
    trailAlways = 0;
    trailLeft = 0;
    bytes = 0;
    linesExamined = 0;
    /** maxDiagnostics reached: lines are still read for steps and targets, no longer parsed. */
    full = false;
    failedTargets = [];
    currentStep = null;
    failedStep = null;
    finished = false;
    constructor(options = {}) {
        this.maxLine = Math.max(256, options.maxLineLength ?? MAX_LINE_LENGTH);
        this.maxDiagnostics = options.maxDiagnostics ?? 10_000;
    }
    /**
     * Where to read the next chunk (then push a subarray of it): memory the
     * needle search reads without a copy. READ_SLOTS slots, to read some
     * while others are searched or pushed (by this thread or the search
     * worker). Shared by all scanners: one reader at a time.
     */
    readBuffer(size, slot = 0) {
        return logSearch().readBuffer(size, size + 2 * MAX_CARRY, slot);
    }
    /** The needles' hits in a chunk, for push(): what a search worker computes for a read slot. */
    hitsOf(chunk) {
        return collectHits(logSearch(), chunk, chunk.length);
    }
    /**
     * The next bytes of the log, cut anywhere (inside a line, inside a UTF-8
     * sequence). `hits`: the chunk's hits from hitsOf() or a search worker
     * (flat position, needle pairs), so that it need not be searched again.
     */
    push(chunk, hits) {
        if (this.finished)
            throw new Error('LogScanner: push after finish');
        if (chunk.byteLength === 0)
            return;
        if (chunk.byteLength > MAX_REGION) {
            // A huge chunk (a whole log in memory) in pieces: the search copies at most a piece.
            for (let at = 0; at < chunk.byteLength; at += MAX_REGION)
                this.push(chunk.subarray(at, at + MAX_REGION));
            return;
        }
        this.bytes += chunk.byteLength;
        let buf = toBuffer(chunk);
        let shift = 0;
        if (this.carry) {
            // Only the line cut by the previous chunk is joined: the chunk itself is never copied.
            const nl = buf.indexOf(NL);
            const headEnd = nl === -1 ? buf.length : nl + 1;
            const joined = Buffer.concat([this.carry, buf.subarray(0, headEnd)]);
            this.carry = null;
            buf = buf.subarray(headEnd);
            shift = headEnd;
            this.consume(joined);
        }
        if (buf.length > 0)
            this.consume(buf, hits, shift);
    }
    /**
     * Scans the whole lines of buf; keeps (copies) the unfinished last line for
     * the next push. `hits` are the chunk's, buf being the chunk from `shift` on.
     */
    consume(buf, hits, shift = 0) {
        let end = buf.lastIndexOf(NL) + 1;
        if (buf.length - end > MAX_CARRY) {
            // A very long run without `\n`: progress redraws end at `\r`; anything else is cut.
            const cr = buf.lastIndexOf(CR) + 1;
            end = buf.length - cr <= MAX_CARRY && cr > end ? cr : buf.length;
        }
        if (end > 0) {
            this.processRegion(buf, end, hits, shift);
            this.base += end;
        }
        // Copy: the caller may reuse its buffer for the next read.
        this.carry = end < buf.length ? Buffer.from(buf.subarray(end)) : null;
    }
    finish() {
        if (!this.finished) {
            if (this.carry) {
                const last = this.carry;
                this.carry = null;
                this.processRegion(last, last.length);
                this.base += last.length;
            }
            this.finished = true;
        }
        const all = this.scanner.finish();
        return {
            diagnostics: all,
            failedTargets: [...this.failedTargets],
            failedStep: this.failedStep,
            bytes: this.bytes,
            linesExamined: this.linesExamined,
            diagnosticsCapped: this.full,
        };
    }
    // --- one region: whole lines buf[0, end) ---
    processRegion(buf, end, chunkHits, shift = 0) {
        const hits = this.findHitLines(buf, end, chunkHits, shift);
        let pos = 0;
        if (this.trailAlways > 0 || this.trailLeft > 0)
            pos = this.feedTrail(buf, 0, end, hits, 0).pos;
        let k = 0;
        while (k < hits.length) {
            const hit = hits[k++];
            if (hit < pos)
                continue;
            // Lead lines, never before what was already handled.
            const { start: leadStart, found: leadCount } = this.linesBack(buf, hit, LEAD_LINES, pos);
            if (leadStart === 0 && leadCount < LEAD_LINES && this.leadTail)
                this.feedLeadTail(LEAD_LINES - leadCount);
            let at = leadStart;
            while (at < hit)
                at = this.feedLine(buf, at, end);
            at = this.feedLine(buf, hit, end);
            this.trailAlways = TRAIL_ALWAYS;
            this.trailLeft = TRAIL_MAX;
            const trail = this.feedTrail(buf, at, end, hits, k);
            pos = trail.pos;
            k = trail.k;
        }
        this.rememberLeadTail(buf, end);
    }
    /**
     * Line starts of the needles' hits in buf[0, end), ascending, each once.
     * From `chunkHits` when given: those wholly inside the region, shifted.
     */
    findHitLines(buf, end, chunkHits, shift = 0) {
        const starts = [];
        let lastStart = -1;
        let lastEnd = -1;
        const onHit = (at, needle) => {
            const rejected = NOT_FOLLOWED_BY[needle];
            if (rejected !== null && rejected[buf[at + NEEDLE_LENGTH[needle]]] === 1)
                return;
            // Hits come in position order (per needle for the fallback): reuse the last line's bounds.
            const inLast = at >= lastStart && at < lastEnd;
            const start = inLast ? lastStart : this.lineStart(buf, at);
            const lineEnd = inLast ? lastEnd : this.lineEnd(buf, at, end);
            lastStart = start;
            lastEnd = lineEnd;
            const words = MUST_CONTAIN[needle];
            if (words && !this.lineContainsAny(buf, start, lineEnd, words))
                return;
            if (starts.length === 0 || starts[starts.length - 1] !== start)
                starts.push(start);
        };
        if (chunkHits) {
            for (let k = 0; k < chunkHits.length; k += 2) {
                const at = chunkHits[k] - shift;
                const needle = chunkHits[k + 1];
                // What a search of the region itself would report: needles wholly inside it.
                if (at >= 0 && at + NEEDLE_LENGTH[needle] <= end)
                    onHit(at, needle);
            }
        }
        else
            logSearch().find(buf, end, onHit);
        if (starts.length < 2)
            return starts;
        let sorted = true;
        for (let i = 1; i < starts.length && sorted; i++)
            if (starts[i] < starts[i - 1])
                sorted = false;
        if (!sorted)
            starts.sort((a, b) => a - b);
        let unique = 1;
        for (let i = 1; i < starts.length; i++)
            if (starts[i] !== starts[unique - 1])
                starts[unique++] = starts[i];
        starts.length = unique;
        return starts;
    }
    lineContainsAny(buf, start, end, words) {
        const text = buf.toString('latin1', start, end);
        return words.some((w) => text.includes(w));
    }
    /** Start of the line holding byte `at`: after the previous `\n`/`\r`, at most maxLine back. */
    lineStart(buf, at) {
        const floor = Math.max(0, at - this.maxLine);
        let i = at - 1;
        while (i >= floor) {
            const c = buf[i];
            if (c === NL || c === CR)
                return i + 1;
            i--;
        }
        return floor;
    }
    /** Index of the `\n`/`\r` ending the line that holds `from`, or `end`. */
    lineEnd(buf, from, end) {
        for (let i = from; i < end; i++) {
            const c = buf[i];
            if (c === NL || c === CR)
                return i;
        }
        return end;
    }
    /** Decodes, cleans and feeds the line starting at `start`; returns the next line's start. */
    feedLine(buf, start, end, knownEnd = -1, cleaned = null) {
        const lineEnd = knownEnd === -1 ? this.lineEnd(buf, start, end) : knownEnd;
        const next = Math.min(end, lineEnd + 1);
        if (isInvisibleLine(buf, start, lineEnd, end)) {
            if (this.fedEnd === this.base + start)
                this.fedEnd = this.base + next;
            return next;
        }
        // A gap since the last fed line: an empty line tells the scanner nothing continues.
        if (this.fedEnd !== -1 && this.fedEnd !== this.base + start)
            this.scanner.push('');
        this.feedText(cleaned ?? this.decodeClean(buf, start, lineEnd));
        this.fedEnd = this.base + next;
        return next;
    }
    decodeClean(buf, start, lineEnd) {
        return cleanLogLine(utf8(buf, start, Math.min(lineEnd, start + this.maxLine)));
    }
    feedText(line) {
        this.linesExamined++;
        this.noteStep(line);
        if (this.full)
            return;
        this.scanner.push(line);
        // finish() hands back the list found so far: its length is the count.
        if (this.scanner.count >= this.maxDiagnostics)
            this.full = true;
    }
    noteStep(line) {
        const first = line.charCodeAt(0);
        if (first === 70 /* F */ || first === 109 /* m */) {
            const target = ninjaFailedTarget(line) ?? makeFailedTarget(line);
            if (target && this.failedTargets.length < MAX_TARGETS && !this.failedTargets.includes(target))
                this.failedTargets.push(target);
        }
        else if (first === 35 /* # */) {
            const group = githubGroupTitle(line);
            if (group)
                this.currentStep = group;
            else if (isGithubErrorLine(line) && this.failedStep === null)
                this.failedStep = this.currentStep;
        }
    }
    /** Feeds lines after a hit while they continue it; a hit met on the way restarts the trail. */
    feedTrail(buf, from, end, hits, k) {
        let at = from;
        while (at < end && (this.trailAlways > 0 || this.trailLeft > 0)) {
            while (k < hits.length && hits[k] < at)
                k++;
            const isHit = k < hits.length && hits[k] === at;
            const lineEnd = this.lineEnd(buf, at, end);
            const gap = isInvisibleLine(buf, at, lineEnd, end);
            let peek = null;
            if (!isHit && !gap && this.trailAlways <= 0) {
                peek = this.decodeClean(buf, at, lineEnd);
                if (!continuesDiagnostic(peek)) {
                    this.trailLeft = 0;
                    break;
                }
            }
            at = this.feedLine(buf, at, end, lineEnd, peek);
            if (gap)
                continue;
            if (isHit) {
                k++;
                this.trailAlways = TRAIL_ALWAYS;
                this.trailLeft = TRAIL_MAX;
            }
            else {
                if (this.trailAlways > 0)
                    this.trailAlways--;
                else
                    this.trailLeft--;
            }
        }
        return { pos: at, k };
    }
    /** Start of the `count`-th line before `from` (CRLF gaps not counted), not before `floor`. */
    linesBack(buf, from, count, floor) {
        let start = from;
        let found = 0;
        while (found < count && start > floor) {
            start = Math.max(floor, this.lineStart(buf, start - 1));
            if (!isInvisible(buf, start, buf.length))
                found++;
        }
        return { start, found };
    }
    /**
     * Keeps the last lines before the next region that were not fed: a hit at
     * the start of the next region needs them as its lead. Spans regions when
     * they are short (tiny chunks).
     */
    rememberLeadTail(buf, end) {
        const fedLocal = Math.max(0, this.fedEnd - this.base);
        const { start, found } = this.linesBack(buf, end, LEAD_LINES, Math.min(end, fedLocal));
        let tail = start < end ? buf.subarray(start, end) : null;
        let tailStart = this.base + start;
        if (found < LEAD_LINES && start === 0 && this.leadTail && this.leadTailStart + this.leadTail.length === this.base) {
            const old = this.leadTail;
            const oldFed = Math.max(0, this.fedEnd - this.leadTailStart);
            const back = this.linesBack(old, old.length, LEAD_LINES - found, Math.min(old.length, oldFed));
            if (back.start < old.length) {
                tail = tail ? Buffer.concat([old.subarray(back.start), tail]) : old.subarray(back.start);
                tailStart = this.leadTailStart + back.start;
            }
        }
        // Copy: the region's bytes may belong to the caller.
        this.leadTail = tail ? Buffer.from(tail) : null;
        this.leadTailStart = tailStart;
    }
    leadTailStart = 0;
    /** Feeds the last `count` lines before this region (they end where it starts). */
    feedLeadTail(count) {
        const tail = this.leadTail;
        this.leadTail = null;
        if (!tail || this.leadTailStart + tail.length !== this.base)
            return;
        const { start } = this.linesBack(tail, tail.length, count, 0);
        const savedBase = this.base;
        this.base = this.leadTailStart;
        let at = start;
        while (at < tail.length)
            at = this.feedLine(tail, at, tail.length);
        this.base = savedBase;
    }
}
/** What a search worker needs to search read slots for LogScanners (null: no shared memory here). */
function sharedLogSearch() {
    return logSearch().share();
}
/** Scans a whole log held in memory (tests, small inputs). */
function scanLogText(text, options) {
    const scanner = new scan_LogScanner(options);
    scanner.push(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    return scanner.finish();
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/logs/search-protocol.ts

/**
 * The control block between the log reader's thread and the search worker
 * (search-helper.ts and search-worker.ts): one SharedArrayBuffer of Int32
 * fields, then per read slot the hits of the chunk in it as (position,
 * needle) pairs. A file is cut into chunks; each thread claims the next one
 * with a compare-and-swap on `next`, reads it into the slot `index % SLOTS`
 * and searches it; the reader feeds them to the scanner in file order. A
 * chunk may be claimed only once the chunk SLOTS before it was fed (its slot
 * is free). Both threads wait with Atomics.wait, never on an event loop.
 */
/** The search's read slots, one per chunk in flight. */
const SLOTS = READ_SLOTS;
const FIELD = {
    /** 0 starting, 1 ready, -1 could not start. */
    ready: 0,
    /** 1: stop. */
    quit: 1,
    /** Bumped for each file; the worker then joins it. */
    generation: 2,
    /** The next chunk to claim: generation (15 bits) << 16 | index. */
    next: 3,
    /** Chunks fed to the scanner so far (slots before that are free). */
    fed: 4,
    fd: 5,
    chunkCount: 6,
    chunkSize: 7,
    sizeLow: 8,
    sizeHigh: 9,
    /** SLOTS fields each: the slot's offset in the search's memory; index + 1 when its chunk is searched, -(index + 1) when that failed; bytes read; hit values (-1: too many). */
    slotOffset: 10,
    slotState: 14,
    slotBytes: 18,
    slotHitCount: 22,
};
const FIELDS = 32;
/** Chunks a file may have for two threads (the claim counter's 16 bits). */
const MAX_CHUNKS = 0xffff;
/** Hit values (2 per hit) per slot: 64 Ki hits, far more than a real chunk of log has. */
const HITS_CAPACITY = 1 << 17;
function createControlBlock() {
    return new SharedArrayBuffer(4 * FIELDS + 4 * SLOTS * HITS_CAPACITY);
}
function controlViews(block) {
    return {
        control: new Int32Array(block, 0, FIELDS),
        hits: Array.from({ length: SLOTS }, (_, slot) => new Uint32Array(block, 4 * FIELDS + 4 * slot * HITS_CAPACITY, HITS_CAPACITY)),
    };
}
const claimValue = (generation, index) => ((generation & 0x7fff) << 16) | index;
const claimGeneration = (value) => (value >>> 16) & 0x7fff;
const claimIndex = (value) => value & 0xffff;
/** The file's size, from its two fields. */
function fileSize(control) {
    return control[FIELD.sizeHigh] * 2 ** 32 + (control[FIELD.sizeLow] >>> 0);
}
/** Bytes of chunk `index` (the last one is short). */
function chunkLength(control, index) {
    const size = control[FIELD.chunkSize];
    return Math.max(0, Math.min(size, fileSize(control) - index * size));
}
/**
 * Claims the next chunk of the current file for the calling thread: its
 * index, or -1 when there is none to claim now (all claimed, or its slot
 * not yet free). `generation` is the file the caller works on.
 */
function claimChunk(control, generation) {
    for (;;) {
        const current = Atomics.load(control, FIELD.next);
        if (claimGeneration(current) !== (generation & 0x7fff))
            return -1;
        const index = claimIndex(current);
        if (index >= control[FIELD.chunkCount] || index >= Atomics.load(control, FIELD.fed) + SLOTS)
            return -1;
        if (Atomics.compareExchange(control, FIELD.next, current, current + 1) === current)
            return index;
    }
}

;// CONCATENATED MODULE: ./src/logs/search-helper.ts




/** Longest wait for one chunk (2 MiB read and searched, normally ~1 ms): past it the worker is given up. */
const CHUNK_TIMEOUT_MS = 30_000;
/**
 * The needle search's second thread, seen from the thread that reads the
 * log (read.ts): a file is announced with beginFile(), then both threads
 * claim its chunks in turn (claim()), and the reader takes the worker's
 * results in file order (result(), wait()). Best effort: when the worker is
 * not up yet, cannot start or fails, the reader claims every chunk itself;
 * the results are the same either way.
 */
class SearchHelper {
    worker;
    chunkTimeoutMs;
    control;
    hits;
    generation = 0;
    dead = false;
    exited = null;
    constructor(worker, block, chunkTimeoutMs) {
        this.worker = worker;
        this.chunkTimeoutMs = chunkTimeoutMs;
        ({ control: this.control, hits: this.hits } = controlViews(block));
        worker.on('error', () => (this.dead = true));
        worker.on('exit', () => (this.dead = true));
        // It must never keep the process alive: the reader waits for it with Atomics, not the event loop.
        worker.unref();
    }
    /**
     * Starts the worker at `script` (dist/search-worker/index.js, next to the
     * bundles) on a search's shared memory; null when there is no such script
     * (running from source) or no shared memory.
     */
    static start(script, shared, options = {}) {
        if (!shared)
            return null;
        try {
            if (!(0,external_node_fs_namespaceObject.existsSync)((0,external_node_url_namespaceObject.fileURLToPath)(script)))
                return null;
            const block = createControlBlock();
            const workerData = { search: shared, control: block };
            return new SearchHelper(new external_node_worker_threads_namespaceObject.Worker(script, { workerData, stdout: false, stderr: false }), block, options.chunkTimeoutMs ?? CHUNK_TIMEOUT_MS);
        }
        catch {
            return null;
        }
    }
    /** The worker is up and has not failed (it may still be busy). */
    get up() {
        return !this.dead && Atomics.load(this.control, FIELD.ready) === 1;
    }
    /**
     * Announces a file of `size` bytes in chunks of `chunkSize`, chunk i going
     * to the read slot at slotOffsets[i % SLOTS], the chunks before
     * `firstChunk` being read already; false when the worker is gone or the
     * file has too many chunks for it.
     */
    beginFile(fd, size, chunkSize, slotOffsets, firstChunk = 0) {
        if (this.dead || Atomics.load(this.control, FIELD.ready) === -1 || Math.ceil(size / chunkSize) > MAX_CHUNKS)
            return false;
        const c = this.control;
        this.generation = (this.generation + 1) & 0x7fff || 1;
        // No claims while the fields change: a worker still in a claim of the last
        // file then fails its compare-and-swap instead of claiming a chunk of a
        // half-described new one.
        Atomics.store(c, FIELD.next, claimValue(this.generation, MAX_CHUNKS));
        c[FIELD.fd] = fd;
        c[FIELD.chunkCount] = Math.ceil(size / chunkSize);
        c[FIELD.chunkSize] = chunkSize;
        c[FIELD.sizeLow] = size % 2 ** 32 | 0;
        c[FIELD.sizeHigh] = Math.floor(size / 2 ** 32);
        for (let slot = 0; slot < SLOTS; slot++) {
            c[FIELD.slotOffset + slot] = slotOffsets[slot];
            Atomics.store(c, FIELD.slotState + slot, 0);
        }
        Atomics.store(c, FIELD.fed, firstChunk);
        Atomics.store(c, FIELD.next, claimValue(this.generation, firstChunk));
        Atomics.store(c, FIELD.generation, this.generation);
        Atomics.notify(c, FIELD.generation);
        return true;
    }
    /** The next chunk for the reader itself, or -1 (all claimed, or its slot is not free yet). */
    claim() {
        return claimChunk(this.control, this.generation);
    }
    /** Chunks fed to the scanner so far: their slots are free. */
    setFed(count) {
        Atomics.store(this.control, FIELD.fed, count);
        Atomics.notify(this.control, FIELD.fed);
    }
    /** The worker's result for chunk `index`: null while it works on it, 'failed' when it could not read it. */
    result(index) {
        const slot = index % SLOTS;
        const state = Atomics.load(this.control, FIELD.slotState + slot);
        if (state === -(index + 1))
            return 'failed';
        if (state !== index + 1)
            return null;
        const count = this.control[FIELD.slotHitCount + slot];
        return { bytes: this.control[FIELD.slotBytes + slot], hits: count < 0 ? null : this.hits[slot].slice(0, count) };
    }
    /**
     * Blocks until the worker is done with chunk `index`; false when it took
     * too long or its thread ended (the worker is then given up).
     */
    wait(index) {
        const at = FIELD.slotState + (index % SLOTS);
        const deadline = Date.now() + this.chunkTimeoutMs;
        for (;;) {
            const state = Atomics.load(this.control, at);
            if (state === index + 1 || state === -(index + 1))
                return true;
            const left = deadline - Date.now();
            // The worker says when its loop ends (its 'exit' event would need this thread's event loop).
            if (left <= 0 || Atomics.load(this.control, FIELD.ready) === -1) {
                this.giveUp();
                return false;
            }
            Atomics.wait(this.control, at, state, Math.min(left, 1000));
        }
    }
    /** Given up (failed, hung or told to stop): it takes no more chunks, but may still be reading one until its thread ends. */
    get givenUp() {
        return this.dead;
    }
    /** No more work for the worker: it stops after its chunk, if it has one. */
    giveUp() {
        this.dead = true;
        Atomics.store(this.control, FIELD.quit, 1);
        Atomics.notify(this.control, FIELD.generation);
        Atomics.notify(this.control, FIELD.fed);
    }
    /** Gives the worker up and resolves once its thread has ended: nothing of it can write to the memory or read the file then. */
    stopped() {
        this.giveUp();
        this.exited ??= this.worker.terminate().then(() => undefined, () => undefined);
        return this.exited;
    }
    /** Stops the worker (after its chunk, if it has one). */
    close() {
        this.giveUp();
    }
}

;// CONCATENATED MODULE: ./src/logs/read-fully.ts

/**
 * Fills `into` from `position` of file `fd` (a read may return less than
 * asked for); returns the bytes read, fewer only at the end of the file.
 */
function readFully(fd, into, position) {
    let filled = 0;
    while (filled < into.length) {
        const bytes = (0,external_node_fs_namespaceObject.readSync)(fd, into, filled, into.length - filled, position + filled);
        if (bytes === 0)
            break;
        filled += bytes;
    }
    return filled;
}

;// CONCATENATED MODULE: ./src/logs/read.ts








/**
 * Bytes read at a time: large enough that per-read costs vanish, small enough
 * to stay flat. 2 MiB measured best on the bench log (1, 2, 4 MiB at 200 MiB:
 * 0.18, 0.17, 0.19 s): the read slots' pages are touched (faulted in) once,
 * and a chunk's search runs on cached bytes.
 */
const READ_CHUNK = 2 << 20;
/** The scanners' shared read slots are used by one file reader at a time; others read into their own buffers. */
let readSlotsBusy = false;
function readInto(fd, buffer) {
    return new Promise((resolve, reject) => (0,external_node_fs_namespaceObject.read)(fd, buffer, 0, buffer.length, null, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));
}
/**
 * Scans a log file in fixed-size reads; memory does not grow with the file.
 * Chunks are read (on libuv's thread pool) straight into the needle search's
 * memory while earlier ones are searched. With a `helper` (a second thread
 * running the same search on the same memory) two chunks are searched at
 * once from the moment it is up, while twoThreads.handoverBytes or more of
 * the file are left: until then this loop goes on alone, its reads
 * overlapped with its searches (scanWithHelper's are not: waiting there for
 * the worker to come up made 200 MiB 17 ms slower than one thread).
 */
async function scanLogFile(path, options, helper = null) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new InputError(`${path}: no such file`);
        if (code === 'EACCES' || code === 'EPERM')
            throw new InputError(`${path}: permission denied`);
        throw new InputError(`${path}: cannot read (${code ?? error.message})`);
    }
    const shared = !readSlotsBusy;
    readSlotsBusy = true;
    let pending = null;
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (stat.isDirectory())
            throw new InputError(`${path}: is a directory, expected a log file`);
        const scanner = new scan_LogScanner(options);
        const withHelper = shared && helper && stat.isFile() ? helper : null;
        const slots = shared
            ? [scanner.readBuffer(READ_CHUNK, 0), scanner.readBuffer(READ_CHUNK, 1)]
            : [Buffer.allocUnsafe(READ_CHUNK), Buffer.allocUnsafe(READ_CHUNK)];
        let slot = 0;
        /** Bytes read so far; all reads full so far (the next chunk starts at a chunk boundary). */
        let position = 0;
        let wholeChunks = true;
        pending = readInto(fd, slots[slot]);
        for (;;) {
            const bytesRead = await pending;
            pending = null;
            if (bytesRead === 0)
                break;
            position += bytesRead;
            wholeChunks &&= bytesRead === READ_CHUNK;
            const current = slots[slot];
            slot = 1 - slot;
            if (withHelper && wholeChunks && withHelper.up && stat.size - position >= twoThreads.handoverBytes) {
                // The helper is up: the rest on two threads, from the next chunk on (no read in flight now).
                scanner.push(current);
                if (scanWithHelper(fd, stat.size, scanner, withHelper, position / READ_CHUNK))
                    return scanner.finish();
                pending = readInto(fd, slots[slot]);
                continue;
            }
            pending = readInto(fd, slots[slot]);
            scanner.push(bytesRead === current.length ? current : current.subarray(0, bytesRead));
        }
        return scanner.finish();
    }
    catch (error) {
        if (error instanceof InputError)
            throw error;
        const code = error.code;
        throw new InputError(`${path}: cannot read (${code ?? error.message})`);
    }
    finally {
        // Never close the file or free the slots under a read in flight: ours, or a given-up helper's.
        if (pending)
            await pending.catch(() => 0);
        if (helper?.givenUp)
            await helper.stopped();
        if (shared)
            readSlotsBusy = false;
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * The reading loop with a helper, for a regular file of `size` bytes cut
 * into READ_CHUNK chunks. Both threads claim the next chunk in turn, read it
 * into its read slot and search it; this thread also feeds the searched
 * chunks to the scanner in file order, and claims the next chunk itself
 * rather than wait whenever it can. Begins at `firstChunk` (the chunks
 * before it were read on this thread alone, while the helper came up: it
 * takes tens of ms to start). Synchronous reads: the threads hand work over through
 * shared memory, and this thread never needs its event loop for it. Bytes
 * past `size` (a log still being written) are read on alone. False when the
 * helper cannot take this file (nothing was read then).
 *
 * When the helper fails, hangs or the reading fails, the helper is given up
 * (helper.givenUp): it may still be reading a chunk into its slot, so this
 * thread reads the rest into a buffer of its own, and the caller must wait
 * for the helper's thread to end before it closes the file or lets the slots
 * be used again.
 */
function scanWithHelper(fd, size, scanner, helper, firstChunk = 0) {
    const slots = Array.from({ length: READ_SLOTS }, (_, slot) => scanner.readBuffer(READ_CHUNK, slot));
    if (!helper.beginFile(fd, size, READ_CHUNK, slots.map((slot) => slot.byteOffset), firstChunk))
        return false;
    const chunkCount = Math.ceil(size / READ_CHUNK);
    const lengthOf = (index) => Math.min(READ_CHUNK, size - index * READ_CHUNK);
    /** Chunks this thread read and searched, until fed. */
    const own = new Map();
    const readAndSearch = (index, into) => {
        const bytes = into.subarray(0, readFully(fd, into.subarray(0, lengthOf(index)), index * READ_CHUNK));
        own.set(index, { bytes, hits: scanner.hitsOf(bytes) });
    };
    let fed = firstChunk;
    /** Feeds chunk `fed`; false when it came out short (the file shrank while read: the rest is gone). */
    const feed = (bytes, hits) => {
        scanner.push(bytes, hits);
        return bytes.length === lengthOf(fed++);
    };
    const shrank = () => {
        helper.giveUp();
        return true;
    };
    try {
        while (fed < chunkCount && !helper.givenUp) {
            const mine = own.get(fed);
            if (mine) {
                own.delete(fed);
                if (!feed(mine.bytes, mine.hits))
                    return shrank();
                helper.setFed(fed);
                continue;
            }
            const done = helper.result(fed);
            if (done === 'failed') {
                helper.giveUp();
                break;
            }
            if (done) {
                if (!feed(slots[fed % READ_SLOTS].subarray(0, done.bytes), done.hits ?? undefined))
                    return shrank();
                helper.setFed(fed);
                continue;
            }
            const index = helper.claim();
            if (index >= 0)
                readAndSearch(index, slots[index % READ_SLOTS]);
            // The chunk due next is the helper's and not searched yet; false: given up.
            else
                helper.wait(fed);
        }
        if (fed < chunkCount) {
            // Given up: on alone, in order. Chunks this thread read are in slots the
            // helper cannot be writing (both were claimed in the same window of
            // READ_SLOTS chunks); the others are read again, into a buffer of its own.
            const privateBuffer = Buffer.allocUnsafe(READ_CHUNK);
            while (fed < chunkCount) {
                if (!own.has(fed))
                    readAndSearch(fed, privateBuffer);
                const chunk = own.get(fed);
                own.delete(fed);
                if (!feed(chunk.bytes, chunk.hits))
                    return shrank();
            }
            readTail(fd, size, privateBuffer, scanner);
            return true;
        }
    }
    catch (error) {
        helper.giveUp();
        throw error;
    }
    // From `size`, not the end of the last chunk: that one was read only up to `size`.
    readTail(fd, size, slots[0], scanner);
    return true;
}
/** Anything written since the size was taken: read on from `position` until the end. */
function readTail(fd, position, buffer, scanner) {
    for (;;) {
        const bytes = readFully(fd, buffer, position);
        if (bytes === 0)
            return;
        scanner.push(buffer.subarray(0, bytes));
        position += bytes;
    }
}
/**
 * When a second thread pays (measured on a 2-core VM, the CLI on the bench's
 * log, best of 7; tests lower both to reach the two-thread code with small files).
 */
const twoThreads = {
    /**
     * Bytes of log, in files of handoverBytes or more, from which the worker is
     * started. Its start costs some 35 ms of CPU, taken from the reading loop,
     * and two threads then read only ~25% faster than one with its reads
     * overlapped (one thread vs two: 200 MiB 113 vs 127 ms, 400 MiB even,
     * 600 MiB 252 vs 237 ms, 1 GiB 264 vs 243 ms).
     */
    minBytes: 384 << 20,
    /**
     * Bytes of a file left to read for the worker to take over: handing over
     * costs more than it gains on short runs (400 MiB in 100 files of 4 MiB:
     * 243 vs 205 ms; in 13 files of 32 MiB: even; a 200 MiB file read while
     * the worker is up: 28 vs 46 ms).
     */
    handoverBytes: 32 << 20,
};
/**
 * Reads log files one after another (the CLI's, the action's `logs`), big
 * ones on two threads when the entry point has the search worker's script.
 * close() when done.
 */
class LogFileReader {
    searchWorker;
    helper = null;
    /** Once tried, the worker is not tried again (no script, no shared memory, one core). */
    helperTried = false;
    announced = new Set();
    bigBytes = 0;
    constructor(searchWorker) {
        this.searchWorker = searchWorker;
    }
    /**
     * These files are to be read: starts the worker now if they add up to
     * enough to gain from it (it takes tens of ms to come up; reading goes on
     * alone meanwhile).
     */
    expect(paths) {
        if (this.helperTried || !this.searchWorker)
            return;
        for (const path of paths) {
            const file = (0,external_node_path_namespaceObject.resolve)(path);
            if (this.announced.has(file))
                continue;
            this.announced.add(file);
            try {
                const stat = (0,external_node_fs_namespaceObject.statSync)(file);
                if (stat.isFile() && stat.size >= twoThreads.handoverBytes)
                    this.bigBytes += stat.size;
            }
            catch {
                // Not readable now: scan() says why.
            }
        }
        if (this.bigBytes === 0 || this.bigBytes < twoThreads.minBytes)
            return;
        this.helperTried = true;
        if ((0,external_node_os_namespaceObject.availableParallelism)() >= 2)
            this.helper = SearchHelper.start(this.searchWorker, sharedLogSearch());
    }
    async scan(path, options) {
        this.expect([path]);
        return scanLogFile(path, options, this.helper);
    }
    close() {
        this.helper?.close();
    }
}
/** Scans a stream of chunks (stdin, an HTTP body). */
async function scanLogStream(stream, options) {
    const scanner = new LogScanner(options);
    for await (const chunk of stream)
        scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return scanner.finish();
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
    // « » » « „ “ ‹ ›: the quotes of localised compilers and linkers (German, French).
    return message.replace(/[‘’“”"`´«»„‹›]/g, '\'');
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

;// CONCATENATED MODULE: ./src/logs/merge.ts

/**
 * A bot quotes the first error of a job; the job's log holds it again with
 * all the others. One error is one occurrence: same job + file + line +
 * message (quotes, spaces and a bot's trimming aside).
 */
function normaliseForMatch(message) {
    return unifyQuotes(message).replace(/\s+/g, ' ').trim().toLowerCase();
}
function occurrenceKey(file, line, message) {
    return `${file ?? ''}\u0000${line ?? ''}\u0000${normaliseForMatch(message)}`;
}
/**
 * The log's diagnostics (complete, with columns and notes) first, then what
 * only the bot quoted; duplicates kept once. `relative` maps a printed path
 * to the repository-relative one, so `/home/ci/ws/repo/a.cc` and `a.cc` meet.
 */
function mergeJobDiagnostics(quoted, fromLog, relative) {
    const seen = new Set();
    const merged = [];
    const keyOf = (d) => occurrenceKey(d.file === null ? null : relative(d.file), d.line, d.message);
    for (const d of [...fromLog, ...quoted]) {
        const key = keyOf(d);
        if (seen.has(key))
            continue;
        // A bot may cut a long message: a quote that starts the log's message is the same error.
        if (fromLog.length > 0 && quoted.includes(d) && isPrefixOfSeen(d, merged, relative))
            continue;
        seen.add(key);
        merged.push(d);
    }
    return merged;
}
function isPrefixOfSeen(d, merged, relative) {
    const file = d.file === null ? null : relative(d.file);
    const message = normaliseForMatch(d.message).replace(/(?:\.\.\.|…)$/, '');
    if (message.length < 20)
        return false;
    return merged.some((m) => m.line === d.line && (m.file === null ? null : relative(m.file)) === file && normaliseForMatch(m.message).startsWith(message));
}

;// CONCATENATED MODULE: ./src/jobs.ts
/** Statuses that count as a failed job: every one of them must show up in some group. */
const FAILED_STATUSES = new Set(['failure', 'unstable', 'aborted', 'unknown']);
function isFailedJob(job) {
    return FAILED_STATUSES.has(job.status);
}
/** A failed job that blocks the change: not a non-voting or optional one. */
function isBlockingFailure(job) {
    return isFailedJob(job) && job.voting !== false;
}

;// CONCATENATED MODULE: ./src/logs/attach.ts

/**
 * Which job each log belongs to. A log named by the caller keeps its job; an
 * unnamed one goes to the report's only failed job, or to the failed job whose
 * name its file name contains; otherwise it is a job of its own, named after
 * the file. Pure: returns a new report when jobs are added.
 */
function baseName(source) {
    const withoutQuery = source.split(/[?#]/)[0];
    return withoutQuery.split(/[\\/]/).filter((s) => s !== '').pop() ?? source;
}
function jobForUnnamedLog(log, failed) {
    if (failed.length === 1)
        return failed[0].name;
    const file = baseName(log.source).toLowerCase();
    const byName = failed.filter((job) => {
        const name = job.name.toLowerCase();
        const last = name.split('/').pop() ?? name;
        return file.includes(last);
    });
    // The longest name wins: `linux-asan` over `linux`.
    byName.sort((a, b) => b.name.length - a.name.length);
    return byName[0]?.name ?? null;
}
function logStatus(log) {
    if (!log.scan)
        return 'unknown';
    const hasErrors = log.scan.diagnostics.some((d) => d.severity !== 'warning') || log.scan.failedTargets.length > 0 || log.scan.failedStep !== null;
    return hasErrors ? 'failure' : log.problem ? 'unknown' : 'success';
}
function attachLogs(report, logs) {
    if (logs.length === 0)
        return { report, logs };
    const jobs = report ? [...report.jobs] : [];
    const failed = jobs.filter((j) => isFailedJob(j));
    const attached = logs.map((log) => {
        const job = log.job ?? jobForUnnamedLog(log, failed) ?? baseName(log.source);
        return { ...log, job };
    });
    for (const log of attached) {
        if (jobs.some((j) => j.name === log.job))
            continue;
        const isUrl = /^https?:\/\//.test(log.source);
        jobs.push({
            name: log.job,
            url: isUrl ? log.source : null,
            build: null,
            status: logStatus(log),
            patchSet: report?.patchSet ?? null,
            text: log.scan?.failedTargets.map((t) => `FAILED: ${t}`).join('\n') ?? '',
        });
    }
    const withJobs = report
        ? { ...report, jobs }
        : { dialect: 'log', author: null, date: null, patchSet: null, verdict: null, vote: null, jobs };
    return { report: withJobs, logs: attached };
}

;// CONCATENATED MODULE: ./src/logs/index.ts





;// CONCATENATED MODULE: ./src/cli-inputs.ts






const SNIFF_BYTES = 64 * 1024;
/**
 * A report is what the report stage recognises: a Gerrit export, or text in
 * which some bot dialect finds a report (so a dialect added there counts here).
 */
function looksLikeReport(head) {
    if (head.trim() === '')
        return false;
    if (detectFormat(head) === 'gerrit-export')
        return true;
    try {
        return findBotReports(readReview(head, 'input')).length > 0;
    }
    catch {
        return false;
    }
}
async function readHead(path) {
    let handle;
    try {
        handle = await (0,promises_namespaceObject.open)(path, 'r');
        const buffer = Buffer.alloc(SNIFF_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
        return buffer.subarray(0, bytesRead);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new InputError(`${path}: no such file`);
        if (code === 'EISDIR')
            throw new InputError(`${path}: is a directory, expected a file`);
        if (code === 'EACCES' || code === 'EPERM')
            throw new InputError(`${path}: permission denied`);
        throw new InputError(`${path}: cannot read (${code ?? error.message})`);
    }
    finally {
        await handle?.close();
    }
}
/** stdin: the head decides; a log is then streamed on, a report read whole. */
async function readStdin(stdin, forceLog) {
    const iterator = stdin[Symbol.asyncIterator]();
    const head = [];
    let headBytes = 0;
    let done = false;
    while (headBytes < SNIFF_BYTES) {
        const next = await iterator.next();
        if (next.done) {
            done = true;
            break;
        }
        const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
        head.push(chunk);
        headBytes += chunk.length;
    }
    const headBuffer = Buffer.concat(head);
    if (!forceLog && looksLikeReport(headBuffer.toString('utf8'))) {
        const rest = [headBuffer];
        if (!done)
            for (let next = await iterator.next(); !next.done; next = await iterator.next())
                rest.push(Buffer.from(next.value));
        return { report: Buffer.concat(rest).toString('utf8'), log: null };
    }
    const scanner = new scan_LogScanner();
    scanner.push(headBuffer);
    if (!done)
        for (let next = await iterator.next(); !next.done; next = await iterator.next())
            scanner.push(Buffer.from(next.value));
    return { report: null, log: { job: null, source: 'standard input', scan: scanner.finish(), problem: null } };
}
/** `--log FILE` or `--log JOB=FILE`. */
function splitLogArgument(argument) {
    const eq = argument.indexOf('=');
    if (eq > 0 && !argument.slice(0, eq).includes('/'))
        return { job: argument.slice(0, eq), path: argument.slice(eq + 1) };
    return { job: null, path: argument };
}
async function readCliInputs(positionals, logArguments, options = {}) {
    const reader = new LogFileReader(options.searchWorker);
    reader.expect(logArguments.map((argument) => splitLogArgument(argument).path).filter((path) => path !== '-'));
    try {
        return await readInputs(positionals, logArguments, options, (path) => reader.scan(path));
    }
    finally {
        reader.close();
    }
}
async function readInputs(positionals, logArguments, options, scanFile) {
    const stdin = options.stdin ?? process.stdin;
    const forced = options.positionalsAreReports === true;
    const inputs = { report: null, logs: [] };
    const setReport = (text, sourceName) => {
        if (inputs.report)
            throw new InputError(`${sourceName}: one review or bot report at a time (already read ${inputs.report.sourceName}); pass logs with --log`);
        inputs.report = { text, sourceName };
    };
    if ([...positionals, ...logArguments.map((a) => splitLogArgument(a).path)].filter((p) => p === '-').length > 1) {
        throw new InputError('standard input (-) can be read only once');
    }
    for (const path of positionals) {
        if (path === '-') {
            if (forced) {
                setReport(await readInputFile('-', stdin), 'standard input');
                continue;
            }
            const { report, log } = await readStdin(stdin, false);
            if (report !== null)
                setReport(report, 'standard input');
            if (log)
                inputs.logs.push(log);
            continue;
        }
        const head = await readHead(path);
        // Neither a report nor a log: say so rather than print an empty digest.
        if (head.length === 0 || head.toString('utf8').trim() === '')
            throw new InputError(`${path}: the file is empty`);
        if (head.subarray(0, 8192).includes(0))
            throw new InputError(`${path}: binary file (it contains NUL bytes), expected text`);
        if (forced || looksLikeReport(head.toString('utf8')))
            setReport(await readInputFile(path, stdin), path);
        else
            inputs.logs.push({ job: null, source: path, scan: await scanFile(path), problem: null });
    }
    for (const argument of logArguments) {
        const { job, path } = splitLogArgument(argument);
        if (path === '-') {
            const { log } = await readStdin(stdin, true);
            inputs.logs.push({ ...log, job });
            continue;
        }
        inputs.logs.push({ job, source: path, scan: await scanFile(path), problem: null });
    }
    return inputs;
}

// EXTERNAL MODULE: ./src/classify/categories.ts
var classify_categories = __nccwpck_require__(680);
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
            // Keyed by the method alone: GCC names the derived method, Clang the base one
            // (the same key classify.ts gives MSVC's C3668).
            key: `override:${name}`,
        };
    }
    // Only when the notes name exactly one candidate: with several overloads
    // that all fail, the root cause is the call (no-matching-function).
    const found = [];
    for (const line of diagnostic.context) {
        if (!line.includes('conversion from') && !line.includes('but argument is of type'))
            continue;
        const extracted = extractQuoted(line);
        const operands = conversionOperands(extracted.skeleton, extracted.quoted);
        if (!operands)
            continue;
        const signature = signatureClassification(operands.expected, operands.actual);
        if (signature && !found.some((f) => f.key === signature.key))
            found.push(signature);
        if (!signature)
            return null;
    }
    return found.length === 1 ? found[0] : null;
}

;// CONCATENATED MODULE: ./src/classify/demangle.ts
/**
 * A small Itanium C++ ABI demangler for the names linkers print mangled (ld64
 * prints duplicate symbols as `__Z13local_heatingdd`; GNU ld prints the same
 * symbol as `local_heating(double, double)`). It covers plain and nested
 * names, constructors and destructors, template arguments, the builtin types,
 * pointers, references, cv-qualifiers and substitutions, which is what
 * ordinary functions and methods need. Anything else returns null and the
 * caller keeps the mangled name: a wrong demangling would merge causes that
 * differ, a missing one only leaves them apart.
 * Output follows c++filt (`char const*`, `, ` between parameters).
 */
const BUILTIN = {
    v: 'void', w: 'wchar_t', b: 'bool', c: 'char', a: 'signed char', h: 'unsigned char', s: 'short', t: 'unsigned short',
    i: 'int', j: 'unsigned int', l: 'long', m: 'unsigned long', x: 'long long', y: 'unsigned long long', n: '__int128',
    o: 'unsigned __int128', f: 'float', d: 'double', e: 'long double', g: '__float128', z: '...',
};
const BUILTIN_D = { s: 'char16_t', i: 'char32_t', u: 'char8_t', n: 'decltype(nullptr)' };
// As c++filt prints them (the full types, not the typedef names).
const STD_ABBREVIATIONS = {
    a: 'std::allocator',
    b: 'std::basic_string',
    s: 'std::basic_string<char, std::char_traits<char>, std::allocator<char> >',
    i: 'std::basic_istream<char, std::char_traits<char> >',
    o: 'std::basic_ostream<char, std::char_traits<char> >',
    d: 'std::basic_iostream<char, std::char_traits<char> >',
};
/** How c++filt writes integer template arguments: 0ul, 3u, 7. */
const LITERAL_SUFFIX = { int: '', 'unsigned int': 'u', long: 'l', 'unsigned long': 'ul', 'long long': 'll', 'unsigned long long': 'ull' };
class Failure extends Error {
}
class Reader {
    text;
    pos = 0;
    subs = [];
    /** The last name component read was a constructor or destructor (which have no return type). */
    lastWasStructor = false;
    constructor(text) {
        this.text = text;
    }
    peek(offset = 0) {
        return this.text[this.pos + offset] ?? '';
    }
    take() {
        const c = this.text[this.pos];
        if (c === undefined)
            throw new Failure();
        this.pos++;
        return c;
    }
    expect(c) {
        if (this.take() !== c)
            throw new Failure();
    }
    number() {
        const start = this.pos;
        while (this.pos < this.text.length && this.text.charCodeAt(this.pos) >= 48 && this.text.charCodeAt(this.pos) <= 57)
            this.pos++;
        if (this.pos === start || this.pos - start > 6)
            throw new Failure();
        return Number(this.text.slice(start, this.pos));
    }
    sourceName() {
        const length = this.number();
        if (this.pos + length > this.text.length)
            throw new Failure();
        const name = this.text.slice(this.pos, this.pos + length);
        this.pos += length;
        // GCC names anonymous namespaces _GLOBAL__N_1.
        return name.startsWith('_GLOBAL__N') ? '(anonymous namespace)' : name;
    }
    /** S_, S0_, …, St…, Sa, Sb, Ss, …; returns the text and whether it was a std:: prefix (`St`). */
    substitution() {
        this.expect('S');
        const c = this.peek();
        if (c === 't') {
            this.pos++;
            return { text: 'std', stdPrefix: true };
        }
        if (STD_ABBREVIATIONS[c]) {
            this.pos++;
            return { text: STD_ABBREVIATIONS[c], stdPrefix: false };
        }
        let index = 0;
        if (c !== '_') {
            let digits = '';
            while (this.peek() !== '_') {
                const d = this.take();
                if (!/[0-9A-Z]/.test(d) || digits.length > 4)
                    throw new Failure();
                digits += d;
            }
            index = parseInt(digits, 36) + 1;
        }
        this.expect('_');
        const text = this.subs[index];
        if (text === undefined)
            throw new Failure();
        return { text, stdPrefix: false };
    }
    templateArgs() {
        this.expect('I');
        const args = [];
        while (this.peek() !== 'E') {
            if (args.length > 32)
                throw new Failure();
            if (this.peek() === 'L') {
                // Literal: L <type> <value> E, e.g. Li3E → 3.
                this.pos++;
                const type = this.type();
                let value = '';
                if (this.peek() === 'n') {
                    this.pos++;
                    value = '-';
                }
                value += String(this.number());
                this.expect('E');
                args.push(type === 'bool' ? (value === '1' ? 'true' : 'false') : LITERAL_SUFFIX[type] !== undefined ? `${value}${LITERAL_SUFFIX[type]}` : `(${type})${value}`);
            }
            else {
                args.push(this.type());
            }
        }
        this.expect('E');
        const inner = args.join(', ');
        return `<${inner}${inner.endsWith('>') ? ' ' : ''}>`;
    }
    /**
     * A name: nested (N…E), std:: (St…), substitution, or unscoped, with
     * template arguments. `isType` adds the whole name as a substitution
     * candidate (a function's own name is not one).
     */
    name(isType) {
        if (this.peek() === 'N')
            return this.nestedName(isType);
        let text;
        if (this.peek() === 'S') {
            const sub = this.substitution();
            if (sub.stdPrefix) {
                text = `std::${this.unqualified('std')}`;
                if (this.peek() !== 'I' || isType)
                    this.subs.push(text);
            }
            else {
                text = sub.text;
            }
        }
        else {
            text = this.unqualified('');
            if (this.peek() === 'I' || isType)
                this.subs.push(text);
        }
        if (this.peek() === 'I') {
            text += this.templateArgs();
            if (isType)
                this.subs.push(text);
        }
        return { text, cv: '' };
    }
    /** One component: a source name, or a constructor/destructor named after the enclosing class. */
    unqualified(enclosing) {
        // L: internal linkage (a static function or variable); it does not change the name.
        if (this.peek() === 'L' && /[0-9]/.test(this.peek(1)))
            this.pos++;
        const c = this.peek();
        this.lastWasStructor = false;
        if (c >= '0' && c <= '9')
            return this.sourceName();
        this.lastWasStructor = true;
        // Template arguments cut by hand (from the first '<' when it ends in '>'): /<.*>$/ backtracked quadratically.
        const open = enclosing.endsWith('>') ? enclosing.indexOf('<') : -1;
        const last = (open === -1 ? enclosing : enclosing.slice(0, open)).split('::').pop() ?? '';
        if (c === 'C' && /[1-5]/.test(this.peek(1))) {
            this.pos += 2;
            if (!last)
                throw new Failure();
            return last;
        }
        if (c === 'D' && /[0-5]/.test(this.peek(1))) {
            this.pos += 2;
            if (!last)
                throw new Failure();
            return `~${last}`;
        }
        throw new Failure();
    }
    nestedName(isType) {
        this.expect('N');
        let cv = '';
        while (this.peek() === 'K' || this.peek() === 'V' || this.peek() === 'r') {
            const q = this.take();
            cv += q === 'K' ? ' const' : q === 'V' ? ' volatile' : ' restrict';
        }
        if (this.peek() === 'R' || this.peek() === 'O')
            this.pos++; // ref-qualifier of a member function
        let text = '';
        let components = 0;
        let structor = false;
        while (this.peek() !== 'E') {
            if (++components > 32)
                throw new Failure();
            if (this.peek() === 'S') {
                const sub = this.substitution();
                text = sub.stdPrefix ? 'std' : sub.text;
                if (sub.stdPrefix) {
                    text = `std::${this.unqualified('std')}`;
                    this.pushUnlessLast(text, isType);
                }
                continue;
            }
            if (this.peek() === 'I') {
                text += this.templateArgs();
                this.pushUnlessLast(text, isType);
                continue;
            }
            const part = this.unqualified(text);
            structor = this.lastWasStructor;
            text = text ? `${text}::${part}` : part;
            this.pushUnlessLast(text, isType);
        }
        this.expect('E');
        // Template arguments after the last component read names of their own: keep what this level found.
        this.lastWasStructor = structor;
        return { text, cv };
    }
    /** Prefixes are substitution candidates; the last component only when the name is a type. */
    pushUnlessLast(text, isType) {
        if (this.peek() !== 'E' || isType)
            this.subs.push(text);
    }
    type() {
        const c = this.peek();
        if (BUILTIN[c]) {
            this.pos++;
            return BUILTIN[c];
        }
        if (c === 'D' && BUILTIN_D[this.peek(1)]) {
            this.pos += 2;
            return BUILTIN_D[this.peek(-1)];
        }
        if (c === 'P' || c === 'R' || c === 'O') {
            this.pos++;
            const inner = this.type();
            const text = `${inner}${c === 'P' ? '*' : c === 'R' ? '&' : '&&'}`;
            this.subs.push(text);
            return text;
        }
        if (c === 'K' || c === 'V') {
            this.pos++;
            const inner = this.type();
            const text = `${inner} ${c === 'K' ? 'const' : 'volatile'}`;
            this.subs.push(text);
            return text;
        }
        if (c === 'N' || c === 'S' || (c >= '0' && c <= '9')) {
            return this.name(true).text;
        }
        throw new Failure();
    }
}
/** `_Z…` → `ns::f(int, char const*)`, or null when the name uses parts this demangler does not read. */
function demangle(mangled) {
    if (!mangled.startsWith('_Z') || mangled.length > 2048)
        return null;
    const reader = new Reader(mangled);
    reader.pos = 2;
    try {
        const { text, cv } = reader.name(false);
        if (reader.pos === mangled.length)
            return text; // a variable
        // A template function's encoding starts with its return type; constructors and destructors have none.
        if (/>$/.test(text) && !reader.lastWasStructor)
            reader.type();
        const params = [];
        while (reader.pos < mangled.length) {
            if (mangled[reader.pos] === '.')
                break; // clone suffixes: .cold, .isra.0
            params.push(reader.type());
            if (params.length > 64)
                return null;
        }
        const list = params.length === 1 && params[0] === 'void' ? '' : params.join(', ');
        return `${text}(${list})${cv}`;
    }
    catch (error) {
        if (error instanceof Failure)
            return null;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/classify/symbols.ts
/**
 * Linker symbols compared across linkers: GNU ld prints the demangled
 * `store::lookup(char const*, int)`, link.exe the undecorated `int __cdecl
 * store::lookup(char const *,int)` beside `(?lookup@store@@YAHPEBDH@Z)`, ld64
 * `_c_helper` for C. One key per symbol: no return type, calling convention,
 * access specifier, class/struct keyword, or spacing differences.
 */

const symbols_CALLING_CONVENTIONS = /\b(?:__cdecl|__stdcall|__thiscall|__fastcall|__vectorcall|__clrcall|__ptr64|__ptr32|__restrict)\b/g;
const symbols_ELABORATED = /\b(?:class|struct|union|enum)\s/g;
const ACCESS = /^(?:(?:public|private|protected):\s)?(?:(?:virtual|static)\s)*/;
/** Index of the `(` opening the parameter list: the last top-level `(` whose `)` ends the name part. */
function parameterListStart(text) {
    let depth = 0;
    let angle = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '<')
            angle++;
        else if (c === '>')
            angle = Math.max(0, angle - 1);
        else if (c === '(' && angle === 0 && depth === 0) {
            // `operator()(…)`: the first `()` is the name.
            if (text.slice(0, i).endsWith('operator') && text[i + 1] === ')') {
                i++;
                continue;
            }
            return i;
        }
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth = Math.max(0, depth - 1);
    }
    return -1;
}
/** Drops a return type in front of the qualified name: the last top-level space before the parameters. */
function withoutReturnType(text) {
    const open = parameterListStart(text);
    const head = open === -1 ? text : text.slice(0, open);
    let angle = 0;
    for (let i = head.length - 1; i >= 0; i--) {
        const c = head[i];
        if (c === '>')
            angle++;
        else if (c === '<')
            angle--;
        else if (c === ' ' && angle === 0) {
            // `operator new`, `operator delete`, conversion operators keep their words.
            const before = head.slice(0, i);
            if (before.endsWith('operator'))
                continue;
            return text.slice(i + 1);
        }
    }
    return text;
}
/**
 * Whitespace around `* & , ( ) < >` removed: `char const *` → `char const*`.
 * By hand: the regex (spaces, punctuation, spaces) backtracked quadratically on long runs of spaces.
 */
function tightPunctuation(s) {
    const out = [];
    let skipSpace = false;
    for (const c of s) {
        if ('*&,()<>'.includes(c)) {
            while (out.length > 0 && out[out.length - 1].trim() === '')
                out.pop();
            out.push(c);
            skipSpace = true;
        }
        else if (!(skipSpace && c.trim() === '')) {
            out.push(c);
            skipSpace = false;
        }
    }
    return out.join('');
}
function normaliseSymbol(raw) {
    let s = raw.trim().replace(/^["'`]|["'`]$/g, '');
    if (s.startsWith('__imp_'))
        s = s.slice(6);
    // Mangled names (ld64 prints duplicate symbols so, with Mach-O's extra underscore).
    if (s.startsWith('_Z') || s.startsWith('__Z'))
        s = demangle(s.startsWith('__Z') ? s.slice(1) : s) ?? s;
    // x86 __stdcall C names: _closesocket@4 → closesocket.
    const stdcall = /^_([A-Za-z_]\w{0,200})@\d{1,4}$/.exec(s);
    if (stdcall)
        return stdcall[1];
    if (s.startsWith('?'))
        return s; // decorated only: compare as is.
    s = s.replace(/__declspec\([^()]{0,40}\)/g, ' ');
    s = s.replace(symbols_CALLING_CONVENTIONS, ' ').replace(symbols_ELABORATED, '').replace(ACCESS, '');
    s = s.replace(/\bstd::__cxx11::/g, 'std::').replace(/\bstd::__1::/g, 'std::').replace(/\bstd::__ndk1::/g, 'std::');
    s = s.replace(/\s+/g, ' ').trim();
    if (s.includes('('))
        s = withoutReturnType(s);
    s = tightPunctuation(s).replace(/\(void\)/g, '()');
    // West const as GNU prints it: `const char*` → `char const*`.
    s = s.replace(/(^|[(,<])const ([\w:]+)(?=[*&,)>])/g, '$1$2 const');
    return s;
}
/** A library's name however the linker spells it: -lfoo, libfoo.a, libfoo.so, foo.lib. */
function normaliseLibrary(raw) {
    let s = raw.trim().replace(/\\/g, '/');
    s = s.slice(s.lastIndexOf('/') + 1);
    if (s.startsWith('-l'))
        s = s.slice(2);
    s = s.replace(/\.(?:lib|a|so(?:\.\d+)*|dylib|tbd|dll)$/i, '');
    if (s.startsWith('lib') && s.length > 3 && !raw.toLowerCase().endsWith('.lib'))
        s = s.slice(3);
    return s;
}

;// CONCATENATED MODULE: ./src/classify/tools.ts




/**
 * Categories of what linkers, sanitizers, test runners, rustc, tsc, go,
 * CMake, linters and CI machines print: decided by the tool and its code or
 * kind, keyed by the thing the failure is about (symbol, test, frames, kind).
 */
/** Titles are one line a person reads first: never the whole of an untrusted name. */
const MAX_TITLE = 300;
function make(category, key, title, detail = {}) {
    const oneLine = title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 3)}...` : title;
    return { category, stage: classify_categories/* CATEGORIES */.R6[category].stage, title: oneLine, detail, key };
}
function tools_short(text, max = 140) {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}
function folded(text) {
    return text.replace(/0x[0-9a-fA-F]+/g, '0x?').replace(/\d+/g, 'N').replace(/\s+/g, ' ').trim();
}
/** link.exe codes and the linkers' kinds → categories. */
const LINK_CATEGORY = {
    undefined: 'undefined-symbol',
    duplicate: 'duplicate-symbol',
    'missing-library': 'missing-library',
    LNK2019: 'undefined-symbol',
    LNK2001: 'undefined-symbol',
    LNK2005: 'duplicate-symbol',
    LNK1169: 'duplicate-symbol',
    LNK4006: 'duplicate-symbol',
    LNK1104: 'missing-library',
    LNK1181: 'missing-library',
};
const LINKERS = new Set(['ld', 'gold', 'lld', 'ld64', 'link.exe']);
const SANITIZERS = { asan: 'memory-error', msan: 'memory-error', tsan: 'data-race', ubsan: 'undefined-behavior', lsan: 'memory-leak' };
const TEST_RUNNERS = new Set(['gtest', 'ctest', 'pytest', 'jest', 'vitest', 'go-test', 'cargo']);
const INFRA_TITLES = {
    'disk-full': ['infrastructure', 'Build machine ran out of disk space'],
    'out-of-memory': ['infrastructure', 'Build machine ran out of memory (OOM-killed)'],
    'agent-lost': ['infrastructure', 'Build agent went offline or lost its connection'],
    'checkout-failed': ['infrastructure', 'Source checkout/clone failed'],
    network: ['infrastructure', 'Network failure on the build machine'],
    'job-timeout': ['timeout', 'Job timed out'],
    'job-aborted': ['timeout', 'Job aborted'],
};
const CRASH_CODES = new Set(['SIGSEGV', 'SIGBUS', 'SIGILL', 'SIGFPE', 'SIGABRT', 'uncaught-exception', 'access-violation', 'core-dump', 'assertion']);
/** rustc error codes (https://doc.rust-lang.org/error_codes/) → categories by meaning. */
const RUSTC_CODES = {
    E0425: 'undeclared-identifier', E0412: 'undeclared-identifier', E0433: 'undeclared-identifier', E0432: 'undeclared-identifier',
    E0422: 'undeclared-identifier', E0423: 'undeclared-identifier', E0531: 'undeclared-identifier', E0405: 'undeclared-identifier',
    E0308: 'type-conversion', E0605: 'type-conversion', E0606: 'type-conversion', E0614: 'type-conversion',
    E0599: 'no-member', E0609: 'no-member', E0560: 'no-member', E0026: 'no-member',
    E0061: 'no-matching-function', E0060: 'no-matching-function', E0107: 'no-matching-function',
    E0428: 'redefinition', E0201: 'redefinition', E0252: 'redefinition', E0124: 'redefinition',
    E0046: 'override-mismatch', E0407: 'override-mismatch', E0053: 'override-mismatch', E0050: 'override-mismatch',
    E0277: 'other-compile-error', E0382: 'other-compile-error', E0502: 'other-compile-error', E0499: 'other-compile-error',
    E0034: 'ambiguous-call', E0659: 'ambiguous-call',
};
/** tsc codes → categories by meaning. */
const TSC_CODES = {
    TS2322: 'type-conversion', TS2345: 'type-conversion', TS2352: 'type-conversion', TS2741: 'type-conversion', TS2739: 'type-conversion',
    TS2740: 'type-conversion', TS2559: 'type-conversion', TS2820: 'type-conversion', TS2769: 'no-matching-function',
    TS2304: 'undeclared-identifier', TS2552: 'undeclared-identifier', TS2503: 'undeclared-identifier', TS2305: 'undeclared-identifier', TS2724: 'undeclared-identifier', TS2580: 'undeclared-identifier', TS2582: 'undeclared-identifier',
    TS2339: 'no-member', TS2551: 'no-member', TS2353: 'no-member', TS2694: 'no-member',
    TS2307: 'missing-header', TS2792: 'missing-header', TS7016: 'missing-header',
    TS2554: 'no-matching-function', TS2555: 'no-matching-function', TS2556: 'no-matching-function', TS2575: 'no-matching-function',
    TS2300: 'redefinition', TS2451: 'redefinition', TS2393: 'redefinition', TS2323: 'redefinition',
    TS2416: 'override-mismatch', TS2515: 'override-mismatch', TS2511: 'override-mismatch', TS4113: 'override-mismatch', TS4114: 'override-mismatch', TS2720: 'override-mismatch',
    TS1005: 'syntax-error', TS1003: 'syntax-error', TS1109: 'syntax-error', TS1128: 'syntax-error', TS1161: 'syntax-error', TS1136: 'syntax-error', TS1002: 'syntax-error',
};
/** C# compiler codes seen in Error List copies → categories by meaning. */
const CSC_CODES = {
    CS0103: 'undeclared-identifier', CS0246: 'undeclared-identifier', CS0234: 'undeclared-identifier',
    CS1061: 'no-member', CS0117: 'no-member',
    CS0029: 'type-conversion', CS0266: 'type-conversion', CS1503: 'type-conversion', CS0030: 'type-conversion',
    CS1501: 'no-matching-function', CS7036: 'no-matching-function', CS1729: 'no-matching-function',
    CS0121: 'ambiguous-call', CS0111: 'redefinition', CS0101: 'redefinition', CS0102: 'redefinition', CS0128: 'redefinition',
    CS0115: 'override-mismatch', CS0534: 'override-mismatch', CS0535: 'override-mismatch', CS0144: 'override-mismatch',
    CS1002: 'syntax-error', CS1513: 'syntax-error', CS1514: 'syntax-error', CS1519: 'syntax-error', CS1026: 'syntax-error', CS0116: 'syntax-error',
};
/** go build / vet wording → categories. */
const GO_WORDING = [
    ['undefined: ', 'undeclared-identifier'],
    ['cannot use ', 'type-conversion'],
    ['cannot convert ', 'type-conversion'],
    ['mismatched types', 'type-conversion'],
    ['has no field or method', 'no-member'],
    ['undefined (type ', 'no-member'],
    ['not enough arguments', 'no-matching-function'],
    ['too many arguments', 'no-matching-function'],
    ['redeclared in this block', 'redefinition'],
    ['already declared', 'redefinition'],
    ['syntax error', 'syntax-error'],
    ['does not implement', 'override-mismatch'],
    ['cannot find package', 'missing-header'],
    ['no required module provides package', 'missing-header'],
    ['is not in std', 'missing-header'],
    ['ambiguous selector', 'ambiguous-call'],
];
function firstQuotedOrWord(text) {
    return firstQuoted(text, '`\'"‘', '`\'"’', 300);
}
/** Index of the last line terminator (what `.` does not match), or -1. */
function tools_lastLineBreak(text) {
    return Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029'));
}
/**
 * rustc's "expected X, found Y" label at the end of a line (X and Y 1..200 characters).
 * By hand: /(expected .{1,200}?, found .{1,200})$/ backtracked polynomially.
 */
function expectedFoundLabel(line) {
    // ", found " leaves 1..200 characters after it, "expected " 1..200 before it.
    const founds = [];
    for (let found = Math.max(line.length - 208, 0); found <= line.length - 9; found++) {
        if (line.startsWith(', found ', found))
            founds.push(found);
    }
    if (founds.length === 0)
        return undefined;
    const from = Math.max(tools_lastLineBreak(line) + 1, founds[0] - 209);
    for (let at = line.indexOf('expected ', from); at !== -1 && at < founds[founds.length - 1]; at = line.indexOf('expected ', at + 1)) {
        if (founds.some((found) => found - at - 9 >= 1 && found - at - 9 <= 200))
            return line.slice(at);
    }
    return undefined;
}
function isWordChar(c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
}
/**
 * The module of the first `<prefix><word chars>.cmake` (1..max word characters after the prefix).
 * By hand: /Find(\w{1,200})\.cmake/ backtracked polynomially on runs of "Find".
 */
function cmakeFindModule(text, prefix, suffix, max) {
    let runEnd = -1; // end of the word run holding the current prefix
    for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + 1)) {
        if (at >= runEnd) {
            runEnd = at + prefix.length;
            while (runEnd < text.length && isWordChar(text[runEnd]))
                runEnd++;
        }
        const length = runEnd - at - prefix.length;
        if (length >= 1 && length <= max && text.startsWith(suffix, runEnd))
            return text.slice(at + prefix.length, runEnd);
    }
    return null;
}
/**
 * Text without clang-tidy's trailing " [check-name]" (1..200 characters, no ']').
 * By hand: /\s*\[[^\]]{1,200}\]$/ backtracked polynomially.
 */
function withoutCheckSuffix(text) {
    if (!text.endsWith(']'))
        return text;
    const end = text.length - 1;
    // The first '[' after the previous ']' that leaves 1..200 characters inside.
    const open = text.indexOf('[', Math.max(text.lastIndexOf(']', end - 1) + 1, end - 201));
    if (open === -1 || open > end - 2)
        return text;
    return text.slice(0, open).trimEnd();
}
/** /package|Find\w+\.cmake|library/i by hand: the regex backtracked quadratically on runs of "find". */
function mentionsPackage(text) {
    const lower = text.toLowerCase();
    return lower.includes('package') || lower.includes('library') || cmakeFindModule(lower, 'find', '.cmake', Infinity) !== null;
}
/** Classification of a non-C/C++-compiler diagnostic, or null to let the compiler rules decide. */
function classifyToolDiagnostic(d) {
    const tool = d.tool ?? '';
    const code = d.code ?? '';
    // The machine, not the code: whichever tool printed it (ld "No space left", g++ "Killed signal").
    if (INFRA_TITLES[code]) {
        const [category, title] = INFRA_TITLES[code];
        return make(category, code, title, { kind: code, line: d.message });
    }
    if (CRASH_CODES.has(code)) {
        const subject = d.subject ?? code;
        return make('crash', subject, code === 'assertion' ? `Assertion failed: ${tools_short(subject)}` : `Crash: ${subject}`, { signal: code });
    }
    if (LINKERS.has(tool) || (tool === 'msvc' && code.startsWith('LNK'))) {
        const category = LINK_CATEGORY[code] ?? (code.startsWith('LNK') ? 'other-compile-error' : null);
        if (!category)
            return null;
        const subject = d.subject ?? d.message;
        if (category === 'missing-library') {
            const library = normaliseLibrary(subject);
            return make(category, library, `Library '${library}' not found`, { library });
        }
        if (category === 'undefined-symbol' || category === 'duplicate-symbol') {
            const symbol = normaliseSymbol(subject);
            const title = category === 'undefined-symbol' ? `Undefined symbol '${symbol}'` : `Symbol '${symbol}' defined more than once`;
            return make(category, symbol, title, { symbol });
        }
        return make(category, `${code}|${folded(d.message)}`, `Link error ${code}: ${tools_short(d.message)}`, { code });
    }
    if (SANITIZERS[tool]) {
        const category = SANITIZERS[tool];
        const kind = code || category;
        // UBSan without frames keys on its file:line; that is not a function name.
        const where = d.subject && !/:\d+$/.test(d.subject) ? ` in ${d.subject.split(' < ')[0]}` : '';
        const at = d.file ? ` (${d.file.replace(/^.*[\\/]/, '')}${d.line !== null ? `:${d.line}` : ''})` : '';
        return make(category, `${kind}|${d.subject ?? folded(d.message)}`, `${kind}${where}${at}`, { kind, frames: d.subject ? d.subject.split(' < ') : [] });
    }
    if (TEST_RUNNERS.has(tool)) {
        const name = d.subject ?? d.message;
        const timeout = code === 'timeout';
        const message = d.message.endsWith(' failed') || d.message.endsWith(' timed out') ? '' : d.message;
        const title = timeout ? `Test '${name}' timed out` : `Test '${name}' failed${message ? `: ${tools_short(message, 120)}` : ''}`;
        return make(timeout ? 'test-timeout' : 'test-failure', name, title, { test: name, runner: tool, message: message || null });
    }
    if (tool === 'rustc' || tool === 'tsc' || tool === 'csc') {
        const table = tool === 'rustc' ? RUSTC_CODES : tool === 'tsc' ? TSC_CODES : CSC_CODES;
        const category = table[code] ?? 'other-compile-error';
        const name = firstQuotedOrWord(d.message);
        // rustc's label under the caret says which types: "expected `i32`, found `&str`".
        const label = tool === 'rustc' ? d.context.map(expectedFoundLabel).find((x) => x) : undefined;
        const key = label ? `${code}|${label}` : category === 'type-conversion' || category === 'other-compile-error' || !name ? `${code}|${folded(d.message)}` : name;
        return make(category, key, `${classify_categories/* CATEGORIES */.R6[category].label}: ${code ? `${code} ` : ''}${tools_short(d.message)}`, { code: code || null });
    }
    if (tool === 'msbuild') {
        // "The command "…" exited with code 2": the command names the step; its quoting and paths vary, the program does not.
        const command = /The command "{1,2}([^"\s]{1,300})/.exec(d.message)?.[1] ?? folded(d.message);
        return make('other-compile-error', `${code}|${command.replace(/\\/g, '/').split('/').pop()}`, `Build step failed (${code}): ${tools_short(d.message)}`, { code });
    }
    if (tool === 'go') {
        const lower = d.message.toLowerCase();
        const category = GO_WORDING.find(([w]) => lower.includes(w))?.[1] ?? 'other-compile-error';
        const name = category === 'undeclared-identifier' ? d.message.slice(d.message.indexOf('undefined: ') + 11).trim() : null;
        return make(category, name ?? folded(d.message), `${classify_categories/* CATEGORIES */.R6[category].label}: ${tools_short(d.message)}`);
    }
    if (tool === 'cmake') {
        const notFound = /could not find|not found|by not providing "find(\w{1,100})\.cmake"/i.exec(d.message);
        if (d.code === 'find_package' || (notFound && mentionsPackage(d.message))) {
            const pkg = /provided by\s{1,4}"([^"]{1,200})"/.exec(d.message)?.[1] ?? /Could NOT find (\S{1,200})/.exec(d.message)?.[1] ?? cmakeFindModule(d.message, 'Find', '.cmake', 200) ?? folded(d.message);
            return make('missing-library', normaliseLibrary(pkg), `CMake could not find package '${pkg}'`, { package: pkg, tool: 'cmake' });
        }
        return make('other-compile-error', `cmake|${folded(d.message)}`, `CMake configure error: ${tools_short(d.message)}`);
    }
    if (tool === 'clang-format' || d.message.includes('code should be clang-formatted')) {
        const file = (d.file ?? '').replace(/\\/g, '/').split('/').slice(-2).join('/');
        return make('format-check', file, `'${file}' is not clang-formatted`, { file });
    }
    if (tool === 'clang-tidy') {
        const check = tidyCheckOf(d.message) ?? 'clang-tidy';
        const text = withoutCheckSuffix(d.message);
        return make('static-analysis', `${check}|${folded(text)}`, `${check}: ${tools_short(text)}`, { check });
    }
    return null;
}

;// CONCATENATED MODULE: ./src/classify/gcc-translations.ts
/** Lower-case fixed words of translated GCC messages → category and the English msgid (language noted for review). */
const GCC_TRANSLATED_WORDING = [
    ["aufruf des überladenen", "ambiguous-call", "call of overloaded %<%s(%A)%> is ambiguous"], // de
    ["η κλήση της υπερφορτωμένης", "ambiguous-call", "call of overloaded %<%s(%A)%> is ambiguous"], // el
    ["sobrecargado es ambigua", "ambiguous-call", "call of overloaded %<%s(%A)%> is ambiguous"], // es
    ["appel ambigu à la surcharge", "ambiguous-call", "call of overloaded %<%s(%A)%> is ambiguous"], // fr
    ["panggilan dari overloaded", "ambiguous-call", "call of overloaded %<%s(%A)%> is ambiguous"], // id
    ["имеет неоднозначную трактовку", "ambiguous-call", "call of overloaded %<%s(%A)%> is ambiguous"], // ru
    ["двосмислен позив препуњене", "ambiguous-call", "call of overloaded %<%s(%A)%> is ambiguous"], // sr
    ["anrop av överlagrad", "ambiguous-call", "call of overloaded %<%s(%A)%> is ambiguous"], // sv
    ["çağrısı belirsiz", "ambiguous-call", "call of overloaded %<%s(%A)%> is ambiguous"], // tr
    ["gọi hàm quá tải", "ambiguous-call", "call of overloaded %<%s(%A)%> is ambiguous"], // vi
    ["gelöschte funktion", "deleted-function", "use of deleted function %qD"], // de
    ["se usó la función borrada", "deleted-function", "use of deleted function %qD"], // es
    ["utilisation de la fonction supprimée", "deleted-function", "use of deleted function %qD"], // fr
    ["использование удаленной функции", "deleted-function", "use of deleted function %qD"], // ru
    ["användning av borttagen funktion", "deleted-function", "use of deleted function %qD"], // sv
    ["dùng hàm bị xóa", "deleted-function", "use of deleted function %qD"], // vi
    ["falsche verwendung des unvollständigen typs", "incomplete-type", "invalid use of incomplete type %q#T"], // de
    ["uso no válido del tipo incompleto", "incomplete-type", "invalid use of incomplete type %q#T"], // es
    ["utilisation invalide du type incomplet", "incomplete-type", "invalid use of incomplete type %q#T"], // fr
    ["некорректное использование неполного типа", "incomplete-type", "invalid use of incomplete type %q#T"], // ru
    ["ogiltig användning av ofullständig typ", "incomplete-type", "invalid use of incomplete type %q#T"], // sv
    ["няма такога файла ці каталога", "missing-header", "No such file or directory"], // be
    ["няма такъв файл или директория", "missing-header", "No such file or directory"], // bg
    ["el fitxer o directori no existeix", "missing-header", "No such file or directory"], // ca
    ["adresář nebo soubor neexistuje", "missing-header", "No such file or directory"], // cs
    ["ingen sådan fil eller filkatalog", "missing-header", "No such file or directory"], // da
    ["datei oder verzeichnis nicht gefunden", "missing-header", "No such file or directory"], // de
    ["δεν υπάρχει τέτοιο αρχείο ή κατάλογος", "missing-header", "No such file or directory"], // el
    ["dosiero aŭ dosierujo ne ekzistas", "missing-header", "No such file or directory"], // eo
    ["no existe el fichero o el directorio", "missing-header", "No such file or directory"], // es
    ["tiedostoa tai hakemistoa ei ole", "missing-header", "No such file or directory"], // fi
    ["aucun fichier ou dossier de ce type", "missing-header", "No such file or directory"], // fr
    ["non hai tal ficheiro ou directorio", "missing-header", "No such file or directory"], // gl
    ["nema takve datoteke ili direktorija", "missing-header", "No such file or directory"], // hr
    ["nincs ilyen fájl vagy könyvtár", "missing-header", "No such file or directory"], // hu
    ["necun tal file o directorio", "missing-header", "No such file or directory"], // ia
    ["tidak ada berkas atau direktori seperti itu", "missing-header", "No such file or directory"], // id
    ["file o directory non esistente", "missing-header", "No such file or directory"], // it
    ["그런 파일이나 디렉터리가 없습니다", "missing-header", "No such file or directory"], // ko
    ["toks failas ar aplankas neegzistuoja", "missing-header", "No such file or directory"], // lt
    ["ingen slik fil eller filkatalog", "missing-header", "No such file or directory"], // nb
    ["bestand of map bestaat niet", "missing-header", "No such file or directory"], // nl
    ["nie ma takiego pliku ani katalogu", "missing-header", "No such file or directory"], // pl
    ["ficheiro ou pasta inexistente", "missing-header", "No such file or directory"], // pt
    ["arquivo ou diretório inexistente", "missing-header", "No such file or directory"], // pt_BR
    ["нет такого файла или каталога", "missing-header", "No such file or directory"], // ru
    ["adresár alebo súbor neexistuje", "missing-header", "No such file or directory"], // sk
    ["datoteka ali imenik s tem imenom ne obstaja", "missing-header", "No such file or directory"], // sl
    ["нема такве датотеке или директоријума", "missing-header", "No such file or directory"], // sr
    ["filen eller katalogen finns inte", "missing-header", "No such file or directory"], // sv
    ["böyle bir dosya ya da dizin yok", "missing-header", "No such file or directory"], // tr
    ["немає такого файла або каталогу", "missing-header", "No such file or directory"], // uk
    ["không có tập tin hoặc thư mục như vậy", "missing-header", "No such file or directory"], // vi
    ["keine passende funktion für aufruf von", "no-matching-function", "no matching function for call to %<%D(%A)%>"], // de
    ["zu wenige argumente für funktion", "no-matching-function", "too few arguments to function %q#D"], // de
    ["zu viele argumente für funktion", "no-matching-function", "too many arguments to function %q#D"], // de
    ["no hay una función coincidente para la llamada a", "no-matching-function", "no matching function for call to %<%D(%A)%>"], // es
    ["faltan argumentos para la función", "no-matching-function", "too few arguments to function %q#D"], // es
    ["demasiados argumentos para la función", "no-matching-function", "too many arguments to function %q#D"], // es
    ["liian vähän argumentteja funktiolle", "no-matching-function", "too few arguments to function %q#D"], // fi
    ["liikaa argumentteja funktiolle", "no-matching-function", "too many arguments to function %q#D"], // fi
    ["pas de fonction correspondant à l", "no-matching-function", "no matching function for call to %<%D(%A)%>"], // fr
    ["arguments pour la fonction", "no-matching-function", "too few arguments to function %q#D"], // fr
    ["tidak ada fungsi yang cocok untuk panggilan ke", "no-matching-function", "no matching function for call to %<%D(%A)%>"], // id
    ["нет соответствующей функции для вызова", "no-matching-function", "no matching function for call to %<%D(%A)%>"], // ru
    ["слишком мало аргументов для функции", "no-matching-function", "too few arguments to function %q#D"], // ru
    ["слишком много аргументов для функции", "no-matching-function", "too many arguments to function %q#D"], // ru
    ["нема одговарајуће функције за позив", "no-matching-function", "no matching function for call to %<%D(%A)%>"], // sr
    ["ingen funktion som stämmer för anrop av", "no-matching-function", "no matching function for call to %<%D(%A)%>"], // sv
    ["för få argument till funktionen", "no-matching-function", "too few arguments to function %q#D"], // sv
    ["för många argument till funktionen", "no-matching-function", "too many arguments to function %q#D"], // sv
    ["çağrısı ile eşleşen bir işlev yok", "no-matching-function", "no matching function for call to %<%D(%A)%>"], // tr
    ["quá ít đối số cho hàm", "no-matching-function", "too few arguments to function %q#D"], // vi
    ["quá nhiều đối số cho hàm", "no-matching-function", "too many arguments to function %q#D"], // vi
    ["ist kein element von", "no-member", "%qD is not a member of %qT"], // de
    ["hat kein element namens", "no-member", "%qT has no member named %qE"], // de
    ["no es un miembro de", "no-member", "%qD is not a member of %qT"], // es
    ["no tiene un miembro llamado", "no-member", "%qT has no member named %qE"], // es
    ["-nimistä jäsentä", "no-member", "%qT has no member named %qE"], // fi
    ["est pas un membre de", "no-member", "%qD is not a member of %qT"], // fr
    ["a pas de membre nommé", "no-member", "%qT has no member named %qE"], // fr
    ["bukan sebuah anggota dari", "no-member", "%qD is not a member of %qT"], // id
    ["tidak memiliki anggota bernama", "no-member", "%qT has no member named %qE"], // id
    ["не является элементом", "no-member", "%qD is not a member of %qT"], // ru
    ["не содержит элемента с именем", "no-member", "%qT has no member named %qE"], // ru
    ["нема члан по имену", "no-member", "%qT has no member named %qE"], // sr
    ["har inte en medlem av", "no-member", "%qD is not a member of %qT"], // sv
    ["har ingen medlem med namnet", "no-member", "%qT has no member named %qE"], // sv
    ["nin bir üyesi değil", "no-member", "%qD is not a member of %qT"], // tr
    ["isimli üye içermiyor", "no-member", "%qT has no member named %qE"], // tr
    ["không phải là thành viên của", "no-member", "%qD is not a member of %qT"], // vi
    ["không có thành viên nào mang tên", "no-member", "%qT has no member named %qE"], // vi
    ["markiert, überschreibt aber nicht", "override-mismatch", "%q+#D marked %<override%>, but does not override"], // de
    ["ungültiger new-ausdruck für abstrakte klasse", "override-mismatch", "invalid new-expression of abstract class type %qT"], // de
    ["pero no hace override", "override-mismatch", "%q+#D marked %<override%>, but does not override"], // es
    ["mais il ne redéfini rien", "override-mismatch", "%q+#D marked %<override%>, but does not override"], // fr
    ["invalide pour le type de classe abstraite", "override-mismatch", "invalid new-expression of abstract class type %qT"], // fr
    ["nevaljani new-izraz apstraktne klase vrste", "override-mismatch", "invalid new-expression of abstract class type %qT"], // hr
    ["но не делается override", "override-mismatch", "%q+#D marked %<override%>, but does not override"], // ru
    ["некорректное new-выражения типа абстрактного класса", "override-mismatch", "invalid new-expression of abstract class type %qT"], // ru
    ["men den åsidosätter inte", "override-mismatch", "%q+#D marked %<override%>, but does not override"], // sv
    ["ogiltigt new-uttryck av abstrakt klasstyp", "override-mismatch", "invalid new-expression of abstract class type %qT"], // sv
    ["in konflikt stehende deklaration", "redefinition", "conflicting declaration %q#D"], // de
    ["redefinition von", "redefinition", "redefinition of %q#D"], // de
    ["redefinición de", "redefinition", "redefinition of %q#D"], // es
    ["ristiriitainen esittely", "redefinition", "conflicting declaration %q#D"], // fi
    ["entre en conflit avec la déclaration", "redefinition", "conflicting declaration %q#D"], // fr
    ["redéfinition de", "redefinition", "redefinition of %q#D"], // fr
    ["konflik deklarasi", "redefinition", "conflicting declaration %q#D"], // id
    ["herdefinitie van", "redefinition", "redefinition of %q#D"], // nl
    ["сукобљена декларација", "redefinition", "conflicting declaration %q#D"], // sr
    ["motstridande deklaration av", "redefinition", "conflicting declaration %q#D"], // sv
    ["omdefinition av", "redefinition", "redefinition of %q#D"], // sv
    ["bildirimi çelişkili", "redefinition", "conflicting declaration %q#D"], // tr
    ["конфлікт оголошень", "redefinition", "conflicting declaration %q#D"], // uk
    ["định nghĩa lại của", "redefinition", "redefinition of %q#D"], // vi
    ["parásito en el programa", "syntax-error", "stray %qc in program"], // es
    ["égaré dans le programme", "syntax-error", "stray %qc in program"], // fr
    ["dalam aplikasi", "syntax-error", "stray %qc in program"], // id
    ["в программе обнаружен непарный символ", "syntax-error", "stray %qc in program"], // ru
    ["programda serseri", "syntax-error", "stray %qc in program"], // tr
    ["trong chương trình", "syntax-error", "stray %qc in program"], // vi
    ["umgewandelt werden", "type-conversion", "cannot convert %qH to %qI"], // de
    ["ungültige umwandlung von", "type-conversion", "invalid conversion from %qH to %qI"], // de
    ["ne peut convertir", "type-conversion", "cannot convert %qH to %qI"], // fr
    ["conversion invalide de", "type-conversion", "invalid conversion from %qH to %qI"], // fr
    ["det går inte att konvertera", "type-conversion", "cannot convert %qH to %qI"], // sv
    ["ogiltig konvertering från", "type-conversion", "invalid conversion from %qH to %qI"], // sv
    ["не вдалося перетворити", "type-conversion", "cannot convert %qH to %qI"], // uk
    ["некоректне перетворення з", "type-conversion", "invalid conversion from %qH to %qI"], // uk
    ["wurde in diesem gültigkeitsbereich nicht definiert", "undeclared-identifier", "%qD was not declared in this scope"], // de
    ["bezeichnet keinen typ", "undeclared-identifier", "%qE does not name a type"], // de
    ["nicht deklariert (erste verwendung in dieser funktion)", "undeclared-identifier", "%qE undeclared (first use in this function)"], // de
    ["ist hier nicht deklariert (nicht in einer funktion)", "undeclared-identifier", "%qE undeclared here (not in a function)"], // de
    ["implizite deklaration der funktion", "undeclared-identifier", "implicit declaration of function %qE"], // de
    ["unbekannter typname", "undeclared-identifier", "unknown type name %qE"], // de
    ["δεν έχει διακυρηχθεί (πρώτη χρήση στη συνάρτηση αυτή)", "undeclared-identifier", "%qE undeclared (first use in this function)"], // el
    ["no se declaró en este ámbito", "undeclared-identifier", "%qD was not declared in this scope"], // es
    ["no nombra a un tipo", "undeclared-identifier", "%qE does not name a type"], // es
    ["no se declaró aquí (primer uso en esta función)", "undeclared-identifier", "%qE undeclared (first use in this function)"], // es
    ["no se declaró aquí (no en una función)", "undeclared-identifier", "%qE undeclared here (not in a function)"], // es
    ["declaración implícita de la función", "undeclared-identifier", "implicit declaration of function %qE"], // es
    ["nombre de tipo", "undeclared-identifier", "unknown type name %qE"], // es
    ["on esittelemättä tällä näkyvyysalueella", "undeclared-identifier", "%qD was not declared in this scope"], // fi
    ["ei nimeä tyyppiä", "undeclared-identifier", "%qE does not name a type"], // fi
    ["esittelemättä (ensimmäinen käyttökerta tässä funktiossa)", "undeclared-identifier", "%qE undeclared (first use in this function)"], // fi
    ["esittelemättä täällä (ei funktiossa)", "undeclared-identifier", "%qE undeclared here (not in a function)"], // fi
    ["esitelty implisiittisesti", "undeclared-identifier", "implicit declaration of function %qE"], // fi
    ["a pas été déclaré dans cette portée", "undeclared-identifier", "%qD was not declared in this scope"], // fr
    ["ne nomme pas un type", "undeclared-identifier", "%qE does not name a type"], // fr
    ["non déclaré (première utilisation dans cette fonction)", "undeclared-identifier", "%qE undeclared (first use in this function)"], // fr
    ["non déclaré ici (hors de toute fonction)", "undeclared-identifier", "%qE undeclared here (not in a function)"], // fr
    ["déclaration implicite de la fonction", "undeclared-identifier", "implicit declaration of function %qE"], // fr
    ["belum pernah dideklarasikan dalam lingkup ini", "undeclared-identifier", "%qD was not declared in this scope"], // id
    ["implisit deklarasi dari fungsi", "undeclared-identifier", "implicit declaration of function %qE"], // id
    ["が宣言されていません (この関数内での最初の使用)", "undeclared-identifier", "%qE undeclared (first use in this function)"], // ja
    ["がここでは宣言されていません (関数内ではない)", "undeclared-identifier", "%qE undeclared here (not in a function)"], // ja
    ["impliciete declaratie van functie", "undeclared-identifier", "implicit declaration of function %qE"], // nl
    ["в этой области видимости", "undeclared-identifier", "%qD was not declared in this scope"], // ru
    ["не является именем типа", "undeclared-identifier", "%qE does not name a type"], // ru
    ["не описан (первое использование в этой функции)", "undeclared-identifier", "%qE undeclared (first use in this function)"], // ru
    ["не описан здесь (не в функции)", "undeclared-identifier", "%qE undeclared here (not in a function)"], // ru
    ["неявная декларация функции", "undeclared-identifier", "implicit declaration of function %qE"], // ru
    ["неизвестное имя типа", "undeclared-identifier", "unknown type name %qE"], // ru
    ["није декларисано у овом досегу", "undeclared-identifier", "%qD was not declared in this scope"], // sr
    ["не именује тип", "undeclared-identifier", "%qE does not name a type"], // sr
    ["имплицитна декларација функције", "undeclared-identifier", "implicit declaration of function %qE"], // sr
    ["deklarerades inte i detta definitionsområde", "undeclared-identifier", "%qD was not declared in this scope"], // sv
    ["är inte namnet på en typ", "undeclared-identifier", "%qE does not name a type"], // sv
    ["är odeklarerad (första förekomsten i denna funktion)", "undeclared-identifier", "%qE undeclared (first use in this function)"], // sv
    ["är odeklarerad här (inte i en funktion)", "undeclared-identifier", "%qE undeclared here (not in a function)"], // sv
    ["implicit deklaration av funktionen", "undeclared-identifier", "implicit declaration of function %qE"], // sv
    ["okänt typnamn", "undeclared-identifier", "unknown type name %qE"], // sv
    ["bu etki alanında bildirilmemiş", "undeclared-identifier", "%qD was not declared in this scope"], // tr
    ["bir türü isimlendirmiyor", "undeclared-identifier", "%qE does not name a type"], // tr
    ["işlevinin örtük bildirimi", "undeclared-identifier", "implicit declaration of function %qE"], // tr
    ["неявне оголошення функції", "undeclared-identifier", "implicit declaration of function %qE"], // uk
    ["chưa được khai báo trong phạm vi này", "undeclared-identifier", "%qD was not declared in this scope"], // vi
    ["không phải tên một kiểu", "undeclared-identifier", "%qE does not name a type"], // vi
    ["khai báo ngầm của hàm", "undeclared-identifier", "implicit declaration of function %qE"], // vi
    ["không hiểu tên kiểu", "undeclared-identifier", "unknown type name %qE"], // vi
];

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
    C2666: 'ambiguous-call',
    C2872: 'ambiguous-call',
    C2653: 'undeclared-identifier',
    C2871: 'undeclared-identifier',
    C2062: 'syntax-error',
    C2238: 'syntax-error',
    C2334: 'syntax-error',
    C2601: 'syntax-error',
    C3646: 'syntax-error',
    C4430: 'syntax-error',
    C4716: 'other-compile-error',
    C2019: 'syntax-error',
    C1075: 'syntax-error',
    C1004: 'syntax-error',
    C2512: 'no-matching-function',
    C2664: 'type-conversion',
    C2440: 'type-conversion',
    C2678: 'no-matching-function',
    C2679: 'no-matching-function',
    C2676: 'no-matching-function',
    C2064: 'other-compile-error',
    C2228: 'no-member',
    C2662: 'type-conversion',
    C2556: 'redefinition',
    C2371: 'redefinition',
    C2365: 'redefinition',
    C2373: 'redefinition',
    C2555: 'override-mismatch',
    C3248: 'override-mismatch',
    C2282: 'deleted-function',
    C2338: 'other-compile-error',
    C2248: 'other-compile-error',
    E0020: 'undeclared-identifier',
    E0135: 'no-member',
    E0167: 'type-conversion',
    E0413: 'type-conversion',
    E0144: 'type-conversion',
    E1696: 'missing-header',
    E0304: 'no-matching-function',
    E0140: 'no-matching-function',
    E0029: 'syntax-error',
    E0065: 'syntax-error',
    E0070: 'incomplete-type',
    E0322: 'override-mismatch',
    E1776: 'deleted-function',
    E0308: 'ambiguous-call',
    LNK2019: 'undefined-symbol',
    LNK2001: 'undefined-symbol',
    LNK2005: 'duplicate-symbol',
    LNK1169: 'duplicate-symbol',
    LNK1104: 'missing-library',
};
/** C4xxx codes MSVC reports as errors without /WX: not promoted warnings. */
const MSVC_C4_ERRORS = new Set(['C4430', 'C4716', 'C4235', 'C4394', 'C4483']);
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
    ['ambiguating new declaration', 'redefinition'],
    ['previously declared here', 'redefinition'],
    ['already defined in', 'redefinition'],
    ['cannot be overloaded', 'redefinition'],
    ['does not override or implement', 'override-mismatch'],
    ['does not override abstract method', 'override-mismatch'],
    ['only virtual member functions can be marked', 'override-mismatch'],
    ['hides virtual member function', 'override-mismatch'],
    ['is an abstract class', 'override-mismatch'],
    ['request for member', 'no-member'],
    ['cannot find symbol', 'undeclared-identifier'],
    ['is not a class, namespace, or enumeration', 'undeclared-identifier'],
    ['is not a namespace-name', 'undeclared-identifier'],
    ['cannot be applied to given types', 'no-matching-function'],
    ['no suitable method found', 'no-matching-function'],
    ['no suitable constructor found', 'no-matching-function'],
    ['cannot convert', 'type-conversion'],
    ['invalid conversion', 'type-conversion'],
    ['no viable conversion', 'type-conversion'],
    ['incompatible types', 'type-conversion'],
    ['incompatible pointer', 'type-conversion'],
    ['expected ', 'syntax-error'],
    ['\' expected', 'syntax-error'],
    ['stray ', 'syntax-error'],
    ['missing terminating', 'syntax-error'],
    ['illegal start of', 'syntax-error'],
    ['class, interface, enum, or record expected', 'syntax-error'],
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
    const label = classify_categories/* CATEGORIES */.R6[category].label;
    const s = skeleton.toLowerCase();
    switch (category) {
        case 'undeclared-identifier': {
            const name = firstName(quoted) || normaliseMessage(message);
            return { key: name, title: `'${name}' is not declared`, detail: { identifier: name } };
        }
        case 'no-member': {
            // GCC: 'T' has no member named 'm'; Clang: no member named 'm' in 'T'; MSVC/GCC: 'm' is not a member of 'T'.
            const gccOrder = s.includes('has no member named') || translatedWording(s)?.[2] === '%qT has no member named %qE';
            // The expansion names the type the same way in every compiler ('std::string' is 'std::basic_string<char>').
            const typeQuote = quoted[gccOrder ? 0 : 1];
            const type = typeQuote ? plainTypeName(expanded(typeQuote)) : '';
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
            // GCC "too many arguments to function 'int f(int, int)'", Clang/MSVC 'f': the name alone.
            const name = entityName(callee);
            return { key: name, title: `No matching function for call to '${name}'`, detail: { function: name } };
        }
        case 'deleted-function': {
            const name = deletedFunctionName(s, quoted);
            if (!name)
                break;
            return { key: name, title: `${label}: '${name}'`, detail: { name } };
        }
        case 'override-mismatch': {
            const name = overrideSubject(s, quoted);
            if (!name)
                break;
            return { key: name, title: name.startsWith('abstract:') ? `Cannot instantiate abstract class '${name.slice(9)}'` : `'${name.slice(9)}' is marked override but overrides nothing`, detail: { name: name.slice(9) } };
        }
        case 'ambiguous-call':
        case 'redefinition':
        case 'redefinition':
        case 'ambiguous-call': {
            const name = entityName(quoted[0]?.text ?? '');
            if (!name)
                break;
            return { key: name, title: `${label}: '${name}'`, detail: { name } };
        }
        case 'other-compile-error': {
            // GCC "static assertion failed: msg", Clang "static_assert failed due to requirement '…' \"msg\"".
            if (s.includes('static assert') || s.includes('static_assert')) {
                const text = s.includes('static assertion failed: ') ? message.slice(message.indexOf('static assertion failed: ') + 25).trim() : quoted[quoted.length - 1]?.text ?? '';
                if (text)
                    return { key: `static_assert|${text}`, title: `Static assertion failed: ${text}`, detail: { assertion: text } };
            }
            break;
        }
        case 'incomplete-type': {
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
/** A type named the same by every compiler: no cv-qualifier, no class/struct keyword, no libstdc++ inline namespace. */
function plainTypeName(type) {
    return normaliseCppType(type)
        .replace(/^(?:const |volatile )+/, '')
        .replace(/ const$/, '')
        .replace(/\bstd::__cxx11::/g, 'std::')
        .replace(/\bstd::__1::/g, 'std::');
}
/**
 * Text cut before GCC's trailing ` [with T = …]` (first whitespace + "[with "
 * when the text ends in "]"). By hand: /\s\[with .*\]$/ backtracked quadratically.
 */
function withoutWithClause(text) {
    if (!text.endsWith(']'))
        return text;
    // `.` stops at line breaks: the clause starts at or after the last one.
    const from = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029'), 0);
    const at = /\s\[with /.exec(text.slice(from));
    return at ? text.slice(0, from + at.index) : text;
}
/** A function or variable name without return type, parameters or `[with …]`: GCC's 'int limit()' is Clang's 'limit'. */
function entityName(text) {
    let name = withoutWithClause(text).trim();
    let depth = 0;
    for (let i = 0; i < name.length; i++) {
        const c = name[i];
        if (c === '<')
            depth++;
        else if (c === '>')
            depth = Math.max(0, depth - 1);
        else if (c === '(' && depth === 0 && !name.slice(0, i).endsWith('operator')) {
            name = name.slice(0, i);
            break;
        }
    }
    depth = 0;
    for (let i = name.length - 1; i >= 0; i--) {
        const c = name[i];
        if (c === '>')
            depth++;
        else if (c === '<')
            depth--;
        else if (c === ' ' && depth === 0 && !name.slice(0, i).endsWith('operator'))
            return name.slice(i + 1);
    }
    return name;
}
/** Template arguments dropped: `std::unique_ptr<_Tp, _Dp>` and `std::unique_ptr<int>` name one template. */
function withoutTemplateArguments(text) {
    let out = '';
    let depth = 0;
    for (const c of text) {
        if (c === '<')
            depth++;
        else if (c === '>')
            depth = Math.max(0, depth - 1);
        else if (depth === 0)
            out += c;
    }
    return out;
}
/** `Class::member` of a deleted function, the same for GCC's signature and Clang's "constructor of 'T'". */
function deletedFunctionName(skeleton, quoted) {
    const first = quoted[0]?.text;
    if (!first)
        return null;
    // Clang: call to deleted constructor of 'std::unique_ptr<int>'; call to implicitly-deleted copy constructor of 'bar'.
    if (/constructor of q0/.test(skeleton)) {
        const type = withoutTemplateArguments(normaliseCppType(first)).trim();
        return `${type}::${type.slice(type.lastIndexOf(':') + 1)}`;
    }
    // GCC: use of deleted function 'std::unique_ptr<_Tp, _Dp>::unique_ptr(const std::unique_ptr<_Tp, _Dp>&) [with …]'.
    let name = withoutWithClause(first);
    const open = name.indexOf('(');
    if (open !== -1)
        name = name.slice(0, open);
    name = withoutTemplateArguments(name).trim();
    return name.slice(name.lastIndexOf(' ') + 1);
}
/**
 * GCC names the function that overrides nothing ('void Impl::run(long int)'
 * marked 'override'); Clang only names it in a note, so the member name is the
 * key. Abstract instantiation is keyed by the class.
 */
function overrideSubject(skeleton, quoted) {
    // GCC "of abstract type 'T'", "abstract class type 'T'"; Clang "'T' is an abstract class"; MSVC C2259 "'T': cannot instantiate abstract class".
    const abstract = /abstract (?:class )?type q(\d)/.exec(skeleton) ?? /q(\d) is an abstract class/.exec(skeleton) ?? /^q(\d): cannot instantiate abstract class/.exec(skeleton);
    if (abstract)
        return `abstract:${withoutTemplateArguments(quoted[Number(abstract[1])]?.text ?? '').trim()}`;
    const first = quoted[0]?.text;
    // GCC "'void Impl::run(long int)' marked 'override', but does not override"; MSVC C3668
    // "'Impl::run': method with override specifier 'override' did not override any base class methods".
    if ((skeleton.startsWith('q0 marked') || skeleton.startsWith('q0: method with override specifier')) && first) {
        let name = first;
        const open = name.indexOf('(');
        if (open !== -1)
            name = name.slice(0, open);
        name = name.slice(name.lastIndexOf(' ') + 1);
        return `override:${name.slice(name.lastIndexOf(':') + 1)}`;
    }
    return null;
}
function classifyByWording(lowerMessage) {
    // javac: "package com.example does not exist".
    if (lowerMessage.startsWith('package ') && lowerMessage.includes(' does not exist'))
        return 'missing-header';
    for (const [words, category] of GNU_WORDING)
        if (lowerMessage.includes(words))
            return category;
    return translatedWording(lowerMessage)?.[1] ?? null;
}
/** A localised GCC message: the fixed words of its translation, with the English msgid it translates. */
function translatedWording(lowerMessage) {
    for (const row of GCC_TRANSLATED_WORDING)
        if (lowerMessage.includes(row[0]))
            return row;
    return null;
}
/**
 * The message without a closing ` [-Wflag]` (at most 80 characters inside).
 * By hand: the regex `\s*\[-W[^\]]{0,80}\]\s*$` backtracks polynomially on `[-W` runs.
 */
function withoutTrailingWarningFlag(message) {
    const trimmed = message.trimEnd();
    if (!trimmed.endsWith(']'))
        return message;
    const close = trimmed.length - 1;
    // Like the regex: the leftmost `[-W` after the previous `]` whose flag fits.
    let open = trimmed.indexOf('[-W', trimmed.lastIndexOf(']', close - 1) + 1);
    while (open !== -1 && close - (open + 3) > 80)
        open = trimmed.indexOf('[-W', open + 1);
    return open === -1 ? message : trimmed.slice(0, open).trimEnd();
}
/** What a compiler or linker diagnostic says, as a category and a root-cause key. */
function classifyDiagnostic(diagnostic) {
    const classification = classifyUnbounded(diagnostic);
    // The title is one line a person reads first: never the whole of an untrusted message.
    if (classification.title.length <= classify_MAX_TITLE)
        return classification;
    return { ...classification, title: `${classification.title.slice(0, classify_MAX_TITLE - 3)}...` };
}
const classify_MAX_TITLE = 300;
function classifyUnbounded(diagnostic) {
    const message = diagnostic.message;
    const extracted = extractQuoted(message);
    const lower = unifyQuotes(message).toLowerCase();
    // A warning promoted to an error is that, whatever the warning says.
    const werror = /\[-Werror[=,]([\w+-]{1,80})/.exec(message);
    // MSVC C4xxx warnings arrive here as errors when C2220 promoted them (classify/fold.ts).
    // A few C4xxx codes are errors of their own (C4430 missing type specifier, C4716 must return a value).
    const promotedMsvc = diagnostic.tool === 'msvc' && diagnostic.severity !== 'warning' && diagnostic.code !== null && /^C4\d{3}$/.test(diagnostic.code) && !MSVC_C4_ERRORS.has(diagnostic.code);
    if (diagnostic.code === 'C2220' || promotedMsvc || (diagnostic.severity !== 'warning' && werror)) {
        const flag = werror ? werror[1].replace(/^-W/, '') : promotedMsvc ? diagnostic.code : 'C2220';
        const normalised = normaliseMessage(withoutTrailingWarningFlag(message));
        return {
            category: 'warning-as-error',
            stage: 'compile',
            title: `Warning treated as error (-W${flag}): ${normalised.length > 140 ? normalised.slice(0, 137) + '...' : normalised}`,
            detail: { warning: flag },
            key: `${flag}|${normalised}`,
        };
    }
    const byTool = classifyToolDiagnostic(diagnostic);
    if (byTool)
        return byTool;
    const isConversionCode = diagnostic.code !== null && MSVC_CONVERSION_CODES.has(diagnostic.code);
    const operands = conversionOperands(extracted.skeleton, extracted.quoted);
    if (operands && (isConversionCode || diagnostic.code === null)) {
        return conversionClassification(operands.expected, operands.actual);
    }
    const fromContext = signatureFromContext(diagnostic);
    if (fromContext)
        return fromContext;
    let category = diagnostic.code ? MSVC_CODES[diagnostic.code] ?? null : null;
    if (!category && isConversionCode)
        category = 'type-conversion';
    if (!category && diagnostic.code === null)
        category = classifyByWording(lower);
    if (!category)
        category = diagnostic.code?.startsWith('LNK') ? 'undefined-symbol' : 'other-compile-error';
    const { key, title, detail } = keyAndTitle(category, message, extracted.quoted, lowerSkeleton(extracted));
    const named = nameFromContext(diagnostic, category);
    if (named)
        return { category, stage: classify_categories/* CATEGORIES */.R6[category].stage, ...named };
    return { category, stage: classify_categories/* CATEGORIES */.R6[category].stage, title, detail, key };
}
/**
 * Names a message leaves out but its notes give: javac's `symbol: variable x`,
 * Clang's override note `hidden overloaded virtual function 'Base::run'`.
 */
function nameFromContext(diagnostic, category) {
    if (category === 'undeclared-identifier' && diagnostic.message.includes('cannot find symbol')) {
        for (const line of diagnostic.context) {
            const m = /^\s{0,8}symbol:\s{1,8}(?:variable|method|class|interface|enum|record)?\s{0,4}([\w$]{1,200})/.exec(line);
            if (m)
                return { key: m[1], title: `'${m[1]}' is not declared`, detail: { identifier: m[1] } };
        }
    }
    if (category === 'override-mismatch' && diagnostic.message.includes('hides virtual member function')) {
        for (const line of diagnostic.context) {
            const m = /hidden overloaded virtual function '([^']{1,300})'/.exec(unifyQuotes(line));
            if (m) {
                const member = m[1].slice(m[1].lastIndexOf(':') + 1);
                return { key: `override:${member}`, title: `'${member}' is marked override but overrides nothing`, detail: { name: member } };
            }
        }
    }
    return null;
}
/** A failed job with no diagnostic: timeout/aborted by its status, otherwise unknown with its text. */
/**
 * Zuul results that say the CI system failed, not the change (zuul/model.py):
 * its text starts with the result word (reports/zuul.ts).
 */
const ZUUL_INFRA_RESULTS = [
    ['NODE_FAILURE', 'no build node could be had'],
    ['RETRY_LIMIT', 'the job was retried until Zuul gave up (pre-run or infrastructure failures)'],
    ['MERGER_FAILURE', 'Zuul could not merge the change for testing'],
    ['POST_FAILURE', 'the job failed after its run (log upload, post playbooks)'],
];
function classifyJobWithoutDiagnostics(job) {
    if (job.status === 'aborted') {
        return { category: 'timeout', stage: 'infra', title: 'Job aborted or timed out', detail: {}, key: 'aborted' };
    }
    const result = ZUUL_INFRA_RESULTS.find(([word]) => job.text.startsWith(word));
    if (result) {
        return { category: 'infrastructure', stage: 'infra', title: `${result[0]}: ${result[1]}`, detail: { result: result[0] }, key: `zuul:${result[0]}` };
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

;// CONCATENATED MODULE: ./src/classify/fold.ts

/**
 * Root causes, not printed errors. Takes one job's diagnostics in print order
 * and returns those that stand for a cause of their own:
 * - warnings are dropped unless promoted (`[-Werror…]`, MSVC C2220 in the same
 *   job, which promotes that job's C4xxx warnings), or a linter's findings in
 *   a job with nothing else;
 * - the same error at the same place is kept once (a header's error repeats for
 *   every translation unit that includes it);
 * - follow-on errors fold into the error they follow from, kept in its context:
 *   errors on the same line after an undeclared identifier or a failed overload
 *   resolution (GCC prints the candidates' `invalid conversion` errors as errors
 *   of their own), and an error printed right after a note that ends
 *   "… would be ill-formed:".
 * Pure: the input is not changed.
 */
/** MSB3073 (a command), MSB6006 (a tool like CL.exe), MSB3721/MSB3722 (CUDA): "exited with code N". */
const MSBUILD_EXIT_CODES = new Set(['MSB3073', 'MSB6006', 'MSB3721', 'MSB3722']);
const SANITIZER_TOOLS = new Set(['asan', 'tsan', 'ubsan', 'lsan', 'msan']);
const LINTERS = new Set(['clang-tidy', 'clang-format']);
const CASCADE_ROOTS = new Set(['undeclared-identifier', 'no-member', 'no-matching-function', 'ambiguous-call', 'syntax-error', 'missing-header']);
/** Roots named by an identifier: a second, different name of the same kind on the line is a cause of its own. */
const NAMED_ROOTS = new Set(['undeclared-identifier', 'no-member', 'no-matching-function', 'ambiguous-call']);
const COMPILERS = new Set(['gcc', 'clang', 'msvc', 'javac', 'rustc', 'tsc', 'go', 'kotlinc']);
function isPromotedWarning(d, msvcPromotes) {
    if (d.message.includes('[-Werror'))
        return true;
    return msvcPromotes && d.tool === 'msvc' && d.code !== null && /^C4\d{3}$/.test(d.code);
}
function placeOf(d) {
    return d.file === null || d.line === null ? null : `${d.file}\u0000${d.line}`;
}
function rootCauses(diagnostics) {
    const msvcPromotes = diagnostics.some((d) => d.code === 'C2220');
    // MSBuild's "command exited with code N" only says a tool failed; when the tool said why, that is the cause.
    const explained = diagnostics.some((d) => d.severity !== 'warning' && d.tool !== 'msbuild');
    const hasErrors = diagnostics.some((d) => d.severity !== 'warning' && !LINTERS.has(d.tool ?? ''));
    const candidates = [];
    let promotedAny = false;
    for (const d of diagnostics) {
        if (d.severity === 'warning') {
            if (isPromotedWarning(d, msvcPromotes)) {
                promotedAny = true;
                candidates.push({ ...d, severity: 'error' });
            }
            else if (!hasErrors && LINTERS.has(d.tool ?? '')) {
                candidates.push(d);
            }
            continue;
        }
        candidates.push(d);
    }
    // "The operation was canceled" after a timeout is how the timeout ended, not a second cause.
    const timedOut = candidates.some((d) => d.code === 'job-timeout');
    const kept = [];
    const seen = new Set();
    // Variables declared with an undeclared type ("ssize_t written = 0;"): their later uses are follow-ons.
    const declaredWithUnknownType = new Map();
    const rootAt = new Map();
    for (const d of candidates) {
        if (explained && d.tool === 'msbuild' && d.code !== null && MSBUILD_EXIT_CODES.has(d.code))
            continue;
        // C2220 only says "the warnings above were errors": the promoted warnings are the causes.
        if (d.code === 'C2220' && promotedAny)
            continue;
        // A parser that names the subject (symbol, test, frames) says what is the same; the wording around it may differ.
        const identity = d.tool === 'clang-format'
            ? `clang-format\u0000${d.file}`
            : d.subject
                ? `${d.tool}\u0000${d.code}\u0000${d.subject}\u0000${d.file}\u0000${d.line}`
                : `${d.tool}\u0000${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.code}\u0000${d.message}`;
        if (seen.has(identity))
            continue;
        seen.add(identity);
        if (timedOut && d.code === 'job-aborted')
            continue;
        // A sanitizer's SEGV where an earlier report of the same run already points (UBSan's null load, then its SEGV).
        if (d.code === 'SEGV' && SANITIZER_TOOLS.has(d.tool ?? '') && d.subject && kept.some((k) => SANITIZER_TOOLS.has(k.tool ?? '') && k.subject === d.subject))
            continue;
        // The shell's "Aborted (core dumped)" after an assertion, a sanitizer report or an uncaught exception says nothing new.
        if ((d.code === 'SIGABRT' || d.code === 'core-dump') && kept.some((k) => k.code === 'assertion' || k.code === 'uncaught-exception' || SANITIZER_TOOLS.has(k.tool ?? '')))
            continue;
        const isCompiler = COMPILERS.has(d.tool ?? '') || (d.tool === null && d.file !== null && d.line !== null && d.subject === undefined);
        const previous = kept[kept.length - 1];
        if (isCompiler && previous && endsWithIllFormedNote(previous)) {
            previous.context = withFollowOn(previous.context, d);
            continue;
        }
        const place = isCompiler ? placeOf(d) : null;
        if (place !== null && declaredWithUnknownType.size > 0) {
            const classification = classifyDiagnostic(d);
            const root = classification.category === 'undeclared-identifier' ? declaredWithUnknownType.get(`${d.file}\u0000${classification.key}`) : undefined;
            if (root) {
                root.context = withFollowOn(root.context, d);
                continue;
            }
        }
        if (place !== null) {
            const root = rootAt.get(place);
            if (root) {
                const classification = classifyDiagnostic(d);
                // Two different undeclared names on one line are two causes (MSVC's C2065 after C2039 on the same name is
                // not: the category differs); anything else there follows from the first.
                const sameKindOtherName = NAMED_ROOTS.has(classification.category) && classification.category === root.category && classification.key !== root.key;
                if (!sameKindOtherName) {
                    root.diagnostic.context = withFollowOn(root.diagnostic.context, d);
                    continue;
                }
            }
        }
        const copy = { ...d, context: [...d.context] };
        kept.push(copy);
        if (place !== null && !rootAt.has(place)) {
            const classification = classifyDiagnostic(copy);
            if (CASCADE_ROOTS.has(classification.category))
                rootAt.set(place, { diagnostic: copy, category: classification.category, key: classification.key });
            if (classification.category === 'undeclared-identifier') {
                for (const name of variablesDeclaredWith(classification.key, copy.context))
                    declaredWithUnknownType.set(`${copy.file}\u0000${name}`, copy);
            }
        }
    }
    return foldErrorStorms(kept);
}
/** Errors after a syntax error, in its file, from which a storm is counted. */
const STORM_SIZE = 5;
/**
 * A syntax error the compiler cannot recover from (a macro colliding with a
 * name, a missing brace) is followed by dozens of errors in the same file that
 * all go away with it. When at least STORM_SIZE errors follow a syntax error
 * in its file, they fold into it; fewer stay causes of their own, since
 * compilers recover from most small slips.
 */
function foldErrorStorms(kept) {
    const firstSyntax = new Map();
    const after = new Map();
    kept.forEach((d, index) => {
        if (d.file === null || !COMPILERS.has(d.tool ?? ''))
            return;
        if (firstSyntax.has(d.file))
            after.set(d.file, (after.get(d.file) ?? 0) + 1);
        else if (classifyDiagnostic(d).category === 'syntax-error')
            firstSyntax.set(d.file, index);
    });
    if (![...after.values()].some((n) => n >= STORM_SIZE))
        return kept;
    const result = [];
    kept.forEach((d, index) => {
        const rootIndex = d.file === null ? undefined : firstSyntax.get(d.file);
        const storm = d.file !== null && (after.get(d.file) ?? 0) >= STORM_SIZE;
        if (storm && rootIndex !== undefined && index > rootIndex && COMPILERS.has(d.tool ?? '')) {
            const root = kept[rootIndex];
            root.context = withFollowOn(root.context, d);
            return;
        }
        result.push(d);
    });
    return result;
}
const MAX_FOLDED_CONTEXT = 200;
/**
 * A line without GCC's "  12 |" gutter (spaces, digits, spaces, '|'). By hand:
 * /^\s*\d*\s*\|/ backtracked quadratically on long runs of spaces.
 */
function withoutGutter(line) {
    let i = 0;
    while (i < line.length && fold_isSpace(line[i]))
        i++;
    while (i < line.length && line[i] >= '0' && line[i] <= '9')
        i++;
    while (i < line.length && fold_isSpace(line[i]))
        i++;
    return line[i] === '|' ? line.slice(i + 1) : line;
}
function fold_isSpace(c) {
    return c.trim() === '';
}
const fold_isWordChar = (c) => c !== undefined && /\w/.test(c);
/** Index of word as a whole word (\bword\b for an identifier), or -1; by hand so no RegExp is built from input. */
function wholeWordAt(text, word) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        if (!fold_isWordChar(text[at - 1]) && !fold_isWordChar(text[at + word.length]))
            return at;
    }
    return -1;
}
/**
 * Names the quoted source line declares with the unknown type: `Widget w;`,
 * `ssize_t written = 0;`, `Foo* a, *b`. Only the first excerpt line is read
 * (GCC numbers it "  3 |", Clang prints it as is).
 */
function variablesDeclaredWith(typeName, context) {
    if (!/^[A-Za-z_]\w{0,200}$/.test(typeName))
        return [];
    const excerpt = context.find((l) => !l.includes(': note: ') && !l.includes(': In ') && !l.startsWith('In file included') && /[A-Za-z_]/.test(l) && !/^\s*[|~^]/.test(withoutGutter(l)));
    if (!excerpt)
        return [];
    const code = excerpt.replace(/^\s*\d{1,7}\s\|/, '');
    const at = wholeWordAt(code, typeName);
    if (at === -1)
        return [];
    const names = [];
    const declarators = /^\s{0,8}(?:const\s{1,4})?[*&]{0,3}\s{0,4}([A-Za-z_]\w{0,200})\s{0,4}(?:[=;,(\[{]|$)/;
    const first = declarators.exec(code.slice(at + typeName.length));
    if (first)
        names.push(first[1]);
    return names;
}
/** The follow-on error and its notes, kept under the root cause for display. */
function withFollowOn(context, followOn) {
    if (context.length >= MAX_FOLDED_CONTEXT)
        return context;
    return [...context, `follow-on: ${followOn.message}`, ...followOn.context].slice(0, MAX_FOLDED_CONTEXT);
}
function endsWithIllFormedNote(d) {
    for (let i = d.context.length - 1; i >= 0 && i >= d.context.length - 3; i--) {
        const line = d.context[i];
        if (line.includes(': note: ') || line.trimStart().startsWith('note:'))
            return line.trimEnd().endsWith('would be ill-formed:');
    }
    return false;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/group/group.ts

/** Stable id of a root cause: category + the classifier's key, nothing about where or who. */
function fingerprintOf(category, key) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${category}\u0000${key}`).digest('hex').slice(0, 16);
}
/** Identity of an occurrence; a Set of these keeps grouping linear in the number of findings. */
function group_occurrenceKey(o) {
    return JSON.stringify([o.job, o.file, o.line, o.column, o.tool, o.message]);
}
/**
 * One group per root cause, in first-seen order; occurrences keep every
 * (job, location, tool, message) once.
 */
function groupFindings(findings) {
    const groups = new Map();
    const seen = new Set();
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
            ...(finding.context && finding.context.length > 0 ? { context: finding.context } : {}),
        };
        const key = `${fingerprint}\u0000${group_occurrenceKey(occurrence)}`;
        if (!seen.has(key)) {
            seen.add(key);
            group.occurrences.push(occurrence);
        }
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

;// CONCATENATED MODULE: ./src/rules/match.ts
/**
 * Which rule explains a group. Every condition a rule gives must hold; the
 * occurrence conditions (message, file, job, tool) must hold together for at
 * least one occurrence of the group. The first matching rule wins.
 */
function occurrenceMatches(rule, occurrence) {
    if (rule.tool !== null && (occurrence.tool ?? '').toLowerCase() !== rule.tool)
        return false;
    if (rule.job !== null && (occurrence.job === null || !rule.job(occurrence.job)))
        return false;
    if (rule.file !== null && (occurrence.file === null || !rule.file(occurrence.file)))
        return false;
    if (rule.message !== null && !rule.message(occurrence.message))
        return false;
    return true;
}
function ruleMatches(rule, group) {
    if (rule.category !== null && group.category !== rule.category)
        return false;
    if (rule.tool === null && rule.job === null && rule.file === null && rule.message === null)
        return true;
    return group.occurrences.some((occurrence) => occurrenceMatches(rule, occurrence));
}
function firstMatchingRule(ruleSet, group) {
    return ruleSet.rules.find((rule) => ruleMatches(rule, group)) ?? null;
}
function ruleRef(rule) {
    const { id, kind, link, note } = rule.definition;
    return { id, kind, link: link ?? null, note: note ?? null };
}
/**
 * Groups with `rule` set (null when no rule explains them). A `category` rule
 * also gives the group the custom category id and title; the fingerprint
 * stays, so history and SARIF alerts keep following the same root cause.
 */
function applyRules(groups, ruleSet) {
    return groups.map((group) => {
        const rule = ruleSet ? firstMatchingRule(ruleSet, group) : null;
        if (!rule)
            return { ...group, rule: null };
        const explained = { ...group, rule: ruleRef(rule) };
        if (rule.definition.kind === 'category' && rule.definition.category && rule.definition.title) {
            explained.category = rule.definition.category;
            explained.title = rule.definition.title;
        }
        return explained;
    });
}

;// CONCATENATED MODULE: ./src/history/state-run.ts
/**
 * The compact form of a run that the state block (state.ts) keeps, and the
 * key that says two runs are the same. Apart from state.ts so that the CLI,
 * which never reads a state block, does not load its schema validator.
 */
const MAX_JOBS = 200;
const MAX_GROUPS = 100;
const MAX_FILES = 10;
function cut(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function compactRun(run) {
    if (!/^[A-Za-z0-9:._-]{1,80}$/.test(run.revision))
        return null;
    const jobs = run.jobs.slice(0, MAX_JOBS).filter((j) => j.name.length > 0 && j.name.length <= 200);
    const index = new Map(jobs.map((j, i) => [j.name, i]));
    return {
        r: run.revision,
        l: cut(run.label, 80),
        j: jobs.map((j) => [j.name, j.status]),
        g: run.groups
            .filter((g) => /^[0-9a-f]{16}$/.test(g.fingerprint) && /^[a-z][a-z0-9-]{0,63}$/.test(g.category))
            .slice(0, MAX_GROUPS)
            .map((g) => ({
            f: g.fingerprint,
            c: g.category,
            s: g.stage,
            t: cut(g.title, 200),
            j: g.jobs.map((name) => index.get(name)).filter((i) => i !== undefined),
            p: g.files.filter((f) => f.length <= 300).slice(0, MAX_FILES),
        })),
    };
}
/** What the state block would keep of a run: equal keys mean the same run, read or decoded. */
function runKey(run) {
    return JSON.stringify(compactRun(run));
}

;// CONCATENATED MODULE: ./src/history/annotate.ts

function statusIn(run, job) {
    return run.jobs.find((j) => j.name === job)?.status ?? null;
}
function groupFromRun(runGroup, history, flaky) {
    return {
        fingerprint: runGroup.fingerprint,
        category: runGroup.category,
        stage: runGroup.stage,
        title: runGroup.title,
        detail: {},
        occurrences: runGroup.occurrences ?? [],
        flaky: flaky === null ? null : { evidence: flaky },
        history,
    };
}
/** `a, b, c and 2 more`: evidence names the jobs, but a matrix of 40 legs should not fill the digest. */
function jobList(jobs, max = 3) {
    return jobs.length <= max ? jobs.join(', ') : `${jobs.slice(0, max).join(', ')} and ${jobs.length - max} more`;
}
function jobsOfGroup(group) {
    return [...new Set(group.occurrences.map((o) => o.job).filter((j) => j !== null))];
}
function filesOfGroup(group) {
    return [...new Set(group.occurrences.map((o) => o.file).filter((f) => f !== null))];
}
/**
 * `earlier`: runs before `current`, oldest first (any revisions). Returns the
 * current groups with `history` and `flaky` set, followed by groups that no
 * longer fail (`history: fixed`): those of the previous revision whose jobs
 * passed now, and those that failed earlier on this same revision and passed now.
 */
function annotateHistory(groups, current, earlier, options = {}) {
    const sameRevision = earlier.filter((run) => run.revision === current.revision);
    const otherRevisions = earlier.filter((run) => run.revision !== current.revision);
    const previous = otherRevisions.length > 0 ? otherRevisions[otherRevisions.length - 1] : null;
    const previousFailing = new Set(previous?.groups.map((g) => g.fingerprint) ?? []);
    const currentFingerprints = new Set(groups.map((g) => g.fingerprint));
    const evidence = new Map();
    const note = (fingerprint, text) => {
        if (!evidence.has(fingerprint))
            evidence.set(fingerprint, text);
    };
    // Same code, different outcome: a retry on this revision.
    const passedAfterFailing = new Map();
    for (const run of [...sameRevision].reverse()) {
        for (const runGroup of run.groups) {
            const passedNow = runGroup.jobs.filter((job) => statusIn(current, job) === 'success');
            if (passedNow.length === 0)
                continue;
            note(runGroup.fingerprint, `failed then passed on ${current.label} (${jobList(passedNow)})`);
            if (!currentFingerprints.has(runGroup.fingerprint) && !passedAfterFailing.has(runGroup.fingerprint)) {
                passedAfterFailing.set(runGroup.fingerprint, runGroup);
            }
        }
        for (const group of groups) {
            const passedBefore = jobsOfGroup(group).filter((job) => statusIn(run, job) === 'success' && isFailedJob({ status: statusIn(current, job) ?? 'unknown' }));
            if (passedBefore.length > 0)
                note(group.fingerprint, `passed then failed on ${current.label} (${jobList(passedBefore)})`);
        }
    }
    // Different revision, but nothing the failure names changed since it passed.
    if (options.unchangedBetween) {
        for (const group of groups) {
            if (evidence.has(group.fingerprint))
                continue;
            if (group.stage !== 'test' && group.stage !== 'runtime')
                continue;
            const files = filesOfGroup(group);
            const jobs = jobsOfGroup(group);
            for (const run of [...otherRevisions].reverse()) {
                const passedThere = jobs.filter((job) => statusIn(run, job) === 'success');
                if (passedThere.length === 0)
                    continue;
                if (options.unchangedBetween(run.revision, current.revision, files) !== true)
                    continue;
                const what = files.length > 0 ? `no change to ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}` : 'no code change';
                note(group.fingerprint, `passed on ${run.label} and failed on ${current.label} with ${what} (${jobList(passedThere)})`);
                break;
            }
        }
    }
    const annotated = groups.map((group) => ({
        ...group,
        flaky: evidence.has(group.fingerprint) ? { evidence: evidence.get(group.fingerprint) } : null,
        history: previous ? (previousFailing.has(group.fingerprint) ? 'still-failing' : 'new') : null,
    }));
    // No longer failing: only when one of its jobs ran and passed now (a job that did not run fixed nothing).
    const fixed = [];
    const listed = new Set(currentFingerprints);
    for (const runGroup of passedAfterFailing.values()) {
        fixed.push(groupFromRun(runGroup, 'fixed', evidence.get(runGroup.fingerprint) ?? null));
        listed.add(runGroup.fingerprint);
    }
    for (const runGroup of previous?.groups ?? []) {
        if (listed.has(runGroup.fingerprint))
            continue;
        if (!runGroup.jobs.some((job) => statusIn(current, job) === 'success'))
            continue;
        fixed.push(groupFromRun(runGroup, 'fixed', null));
        listed.add(runGroup.fingerprint);
    }
    return [...annotated, ...fixed];
}

;// CONCATENATED MODULE: ./src/history/gerrit.ts
/**
 * Gerrit says in the upload message when a new patch set has the same code as
 * the one before: "Commit message was updated." (NO_CODE_CHANGE) or "New patch
 * set was added with same tree, parent, and commit message as Patch Set N."
 * (NO_CHANGE). A rebase ("Patch Set N was rebased") changes the tree through
 * other people's commits, so it tells nothing about the files a test names.
 */
const SAME_TREE_WORDS = ['commit message was updated', 'with same tree'];
/** Patch sets whose code equals their predecessor's, from the upload messages. */
function sameCodePatchSets(review) {
    const same = new Set();
    for (const message of review.messages) {
        const head = message.body.slice(0, 300).toLowerCase();
        if (!head.startsWith('uploaded patch set') || message.patchSet === null)
            continue;
        if (SAME_TREE_WORDS.some((words) => head.includes(words)))
            same.add(message.patchSet);
    }
    return same;
}
function patchSetOf(revision) {
    return revision.startsWith('ps:') && /^\d{1,6}$/.test(revision.slice(3)) ? Number(revision.slice(3)) : null;
}
/** `unchangedBetween` for a Gerrit review: true only when every patch set in between kept the code. */
function gerritUnchangedBetween(review) {
    const same = sameCodePatchSets(review);
    return (from, to) => {
        const a = patchSetOf(from);
        const b = patchSetOf(to);
        if (a === null || b === null || a >= b)
            return null;
        for (let ps = a + 1; ps <= b; ps++)
            if (!same.has(ps))
                return null;
        return true;
    };
}

;// CONCATENATED MODULE: ./src/history/runs.ts
function patchSetRevision(patchSet) {
    return { revision: `ps:${patchSet}`, label: `patch set ${patchSet}` };
}
function commitRevision(sha) {
    return { revision: sha, label: `commit ${sha.slice(0, 7)}` };
}
function runGroupOf(group) {
    return {
        fingerprint: group.fingerprint,
        category: group.category,
        stage: group.stage,
        title: group.title,
        jobs: [...new Set(group.occurrences.map((o) => o.job).filter((j) => j !== null))],
        files: [...new Set(group.occurrences.map((o) => o.file).filter((f) => f !== null))],
        occurrences: group.occurrences,
    };
}
function runOf(identity, jobs, groups) {
    return {
        revision: identity.revision,
        label: identity.label,
        jobs: jobs.map((j) => ({ name: j.name, status: j.status })),
        groups: groups.map(runGroupOf),
    };
}
/** A report counts as a run once it has results (a "Build Started" notice has none). */
function hasResults(report) {
    return report.jobs.some((job) => job.status !== 'unknown');
}

;// CONCATENATED MODULE: ./src/triage.ts










// Not the barrels: they would load the rules file's YAML parser and schema
// validator, and the state block's, on every CLI start (see read-rules.ts).






const DEFAULT_LIMITS = { maxDiagnosticsPerJob: 500, maxGroups: 200 };
/**
 * The first `max` groups (most important first), plus any group a failed job
 * would otherwise lose its only mention in: every failed job stays accounted for.
 */
function limitGroups(groups, max, notes) {
    if (groups.length <= max)
        return groups;
    const kept = groups.slice(0, max);
    const seen = new Set(kept.flatMap((g) => g.occurrences.map((o) => o.job)));
    for (const group of groups.slice(max)) {
        if (group.occurrences.some((o) => !seen.has(o.job))) {
            kept.push(group);
            for (const o of group.occurrences)
                seen.add(o.job);
        }
    }
    if (kept.length < groups.length)
        notes.push(`${groups.length - kept.length} more root causes not shown (limit: ${max} groups)`);
    return kept;
}
function jobSummary(job, logs = []) {
    const summary = { name: job.name, url: job.url, build: job.build, status: job.status, patchSet: job.patchSet };
    if (job.voting === false)
        summary.voting = false;
    const own = logs.filter((l) => l.job === job.name);
    if (own.length === 0)
        return summary;
    summary.failedTargets = [...new Set(own.flatMap((l) => l.scan?.failedTargets ?? []))];
    summary.failedStep = own.map((l) => l.scan?.failedStep ?? null).find((s) => s !== null) ?? null;
    summary.logs = own.map((l) => ({ source: l.source, bytes: l.scan?.bytes ?? 0, problem: l.problem }));
    return summary;
}
/** What the digest says about logs: the ones that could not be read, where each job stopped. */
function logNotes(logs) {
    const notes = [];
    for (const log of logs) {
        if (log.problem)
            notes.push(`${log.job}: log ${log.source}: ${log.problem}`);
        const scan = log.scan;
        if (!scan)
            continue;
        const where = [];
        if (scan.failedTargets.length > 0) {
            const more = scan.failedTargets.length > 1 ? ` (+${scan.failedTargets.length - 1} more)` : '';
            where.push(`failed to build ${scan.failedTargets[0]}${more}`);
        }
        if (scan.failedStep)
            where.push(`in step "${scan.failedStep}"`);
        if (where.length > 0)
            notes.push(`${log.job}: ${where.join(' ')}`);
        if (scan.diagnosticsCapped)
            notes.push(`${log.job}: log ${log.source}: too many diagnostics, only the first ones were kept`);
    }
    return notes;
}
/** What the digest shows under a message: the first 20 lines of its notes, each cut at 300 characters. */
function contextLines(context) {
    return context.slice(0, 20).map((line) => (line.length > 300 ? `${line.slice(0, 299)}…` : line));
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
function findingsOfReport(report, extraRoots = [], logs = [], limits = {}) {
    const failedJobs = report.jobs.filter(isFailedJob);
    const maxPerJob = limits.maxDiagnosticsPerJob ?? DEFAULT_LIMITS.maxDiagnosticsPerJob;
    const perJobRaw = failedJobs.map((job) => ({
        job,
        quoted: rootCauses(parseDiagnostics(job.text)),
        fromLogs: rootCauses(logs.filter((l) => l.job === job.name).flatMap((l) => l.scan?.diagnostics ?? [])),
    }));
    const allPaths = perJobRaw.flatMap(({ quoted, fromLogs }) => [...quoted, ...fromLogs].map((d) => d.file).filter((f) => f !== null));
    const hints = { repoRoots: [...new Set([...extraRoots, ...inferRepoRoots(allPaths)])] };
    const perJob = perJobRaw.map(({ job, quoted, fromLogs }) => ({
        job,
        diagnostics: fromLogs.length === 0 ? quoted : mergeJobDiagnostics(quoted, fromLogs, (file) => toRepoRelative(file, hints)),
    }));
    const findings = [];
    for (const { job, diagnostics: all } of perJob) {
        // A limit that cuts says so: nothing disappears silently.
        const diagnostics = all.length > maxPerJob ? all.slice(0, maxPerJob) : all;
        if (all.length > maxPerJob)
            limits.notes?.push(`${all.length - maxPerJob} more errors in job ${job.name} not shown (limit: ${maxPerJob} per job)`);
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
                context: contextLines(diagnostic.context),
                classification: classifyDiagnostic(diagnostic),
            });
        }
    }
    return findings;
}
/** No report at all: only logs were given. */
function emptyReview() {
    return { format: 'text', change: { id: null, subject: null, patchSet: null }, messages: [], warnings: [] };
}
/** `text` is the review or bot report; null when only `options.logs` were given. */
function triageText(text, options) {
    return triageReview(text === null ? emptyReview() : readReview(text, options.sourceName, options.format), options);
}
/** The pipeline after ingest, for callers that build the Review themselves (PR comments). */
function triageReview(review, options) {
    const notes = [...review.warnings];
    let allReports = findBotReports(review);
    let reports = latestReportPerPatchSet(allReports);
    if (reports.length === 0 && review.format === 'text' && review.messages.length > 0)
        reports = [reportForPlainLog(review, options.sourceName)];
    const attached = attachLogs(reports[0] ?? null, options.logs ?? []);
    if (attached.report && attached.report !== reports[0]) {
        const original = reports[0];
        const replacement = attached.report;
        reports = [replacement, ...reports.slice(1)];
        // History must see the report with its logs, not the report and a copy of it.
        allReports = original && allReports.includes(original) ? allReports.map((report) => (report === original ? replacement : report)) : allReports;
    }
    const logs = attached.logs;
    notes.push(...logNotes(logs));
    const currentAll = currentReports(reports);
    const current = currentAll[0] ?? null;
    if (!current)
        notes.push(`no CI report found in ${options.sourceName}`);
    else if (review.change.patchSet !== null && current.patchSet !== null && review.change.patchSet > current.patchSet) {
        notes.push(`patch set ${review.change.patchSet} has no CI report yet; this is the report on patch set ${current.patchSet}`);
    }
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const findings = currentAll.flatMap((report) => findingsOfReport(report, options.repoRoots, logs, { maxDiagnosticsPerJob: limits.maxDiagnosticsPerJob, notes }));
    let groups = currentAll.length ? limitGroups(orderGroups(groupFindings(findings)), limits.maxGroups, notes) : [];
    let runs = [];
    if (current) {
        ({ groups, runs } = withHistory(groups, currentAll, allReports, review, options));
    }
    // The spec's optional fields, always present (null when nothing applies), in the spec's order.
    groups = applyRules(groups, options.rules ?? null).map(({ rule, flaky, history, ...group }) => ({
        ...group,
        rule: rule ?? null,
        flaky: flaky ?? null,
        history: history ?? null,
    }));
    const document = {
        schema: 'build-triage/v1',
        change: review.change,
        jobs: currentAll.flatMap((report) => report.jobs.map((job) => jobSummary(job, logs))),
        groups,
    };
    const previous = reports.find((report) => current !== null && report.patchSet !== null && current.patchSet !== null && report.patchSet < current.patchSet) ?? null;
    return { document, review, reports, current, currentAll, notes, runs, previous };
}
/**
 * History and flaky evidence from the review's earlier reports (every one, a
 * recheck's included) and from the runs the caller read from our state block.
 * Reports without a patch set are left out: without knowing the code they ran
 * on, a pass after a failure proves nothing.
 */
function withHistory(groups, currentAll, allReports, review, options) {
    const current = currentAll[0];
    const identity = options.revision ?? (current.patchSet !== null ? patchSetRevision(current.patchSet) : null);
    if (!identity)
        return { groups, runs: [] };
    const all = allReports.filter(hasResults);
    const currentIndex = Math.min(...currentAll.map((report) => all.indexOf(report)).filter((i) => i !== -1));
    const earlierReports = all.filter((report, index) => !currentAll.includes(report) && report.patchSet !== null && (!Number.isFinite(currentIndex) || index < currentIndex));
    const fromReports = earlierReports
        .sort((a, b) => (a.patchSet ?? 0) - (b.patchSet ?? 0))
        .map((report) => runOf(patchSetRevision(report.patchSet), report.jobs, groupFindings(findingsOfReport(report, options.repoRoots))));
    const currentRun = runOf(identity, currentAll.flatMap((report) => report.jobs), groups);
    // The state block repeats runs the thread still shows (and the last digest's own
    // current run): keep each distinct run once, so nothing is counted twice.
    const seen = new Set([runKey(currentRun)]);
    const earlier = [];
    for (const run of [...(options.previousRuns ?? []), ...fromReports]) {
        const key = runKey(run);
        if (seen.has(key))
            continue;
        seen.add(key);
        earlier.push(run);
    }
    const unchangedBetween = options.unchangedBetween ?? (review.format === 'gerrit-export' ? gerritUnchangedBetween(review) : undefined);
    return { groups: annotateHistory(groups, currentRun, earlier, { unchangedBetween }), runs: [...earlier, currentRun] };
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
    // trimEnd, not /\s+$/: that regex is quadratic on a long run of spaces.
    const content = neutraliseComments(text).trimEnd();
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
    // Parentheses and spaces would end the markdown link target, `|` a table
    // cell; a `\` (kept in a fragment) would escape the closing `)`.
    return parsed.href.replace(/[()\s<>|\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
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

;// CONCATENATED MODULE: ./src/render/known.ts

const HISTORY_RANK = { new: 0, none: 1, 'still-failing': 2 };
function partitionGroups(groups) {
    const sections = { detailed: [], unexplained: [], known: [], flaky: [], infrastructure: [], ignored: [], fixed: [] };
    for (const group of groups) {
        const kind = group.rule?.kind;
        if (group.history === 'fixed')
            sections.fixed.push(group);
        else if (kind === 'ignore')
            sections.ignored.push(group);
        else if (kind === 'known')
            sections.known.push(group);
        else if (kind === 'infrastructure')
            sections.infrastructure.push(group);
        else if (kind === 'flaky' || group.flaky)
            sections.flaky.push(group);
        else
            sections.unexplained.push(group);
    }
    // Stable: the importance order of orderGroups is kept within each history rank.
    sections.unexplained = sections.unexplained
        .map((group, index) => ({ group, index }))
        .sort((a, b) => HISTORY_RANK[a.group.history ?? 'none'] - HISTORY_RANK[b.group.history ?? 'none'] || a.index - b.index)
        .map(({ group }) => group);
    sections.detailed = [...sections.unexplained, ...sections.known];
    return sections;
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** Short text for the headline about what is collapsed: "2 flaky, 1 infrastructure, 1 ignored". */
function explainedCounts(sections) {
    const parts = [
        sections.flaky.length ? `${sections.flaky.length} flaky` : null,
        sections.infrastructure.length ? `${sections.infrastructure.length} infrastructure` : null,
        sections.ignored.length ? `${sections.ignored.length} ignored` : null,
    ].filter((p) => p !== null);
    return parts.join(', ');
}
/** Lines under a group's facts: its history and the rule that explains it. */
function ruleLines(group) {
    const lines = [];
    const rule = group.rule;
    if (rule && rule.kind === 'known') {
        const where = rule.link ? ` ${escape_link('tracked here', rule.link)}` : '';
        const note = rule.note ? ` — ${escapeText(rule.note)}` : '';
        lines.push(`📌 Known issue ${codeSpan(rule.id)}:${where}${note}`);
    }
    else if (rule && rule.kind === 'category') {
        lines.push(`Category from rule ${codeSpan(rule.id)}${rule.note ? ` — ${escapeText(rule.note)}` : ''}${rule.link ? ` (${escape_link('details', rule.link)})` : ''}`);
    }
    return lines.length ? [lines.join('  \n'), ''] : [];
}
function briefTitle(group) {
    if (group.title.length <= 120)
        return inlineWithCode(group.title);
    let cut = group.title.slice(0, 119);
    // Never leave a quoted value open: it would turn the rest into code.
    if ((cut.split('\'').length - 1) % 2 === 1)
        cut = cut.slice(0, cut.lastIndexOf('\'')).trimEnd();
    return inlineWithCode(`${cut}…`);
}
function why(group) {
    const parts = [];
    if (group.rule)
        parts.push(`rule ${codeSpan(group.rule.id)}${group.rule.link ? ` ${escape_link('↗', group.rule.link)}` : ''}`);
    if (group.flaky)
        parts.push(escapeText(group.flaky.evidence));
    return parts.length ? ` (${parts.join('; ')})` : '';
}
function collapsedLine(icon, label, groups, max = 5) {
    const items = groups.slice(0, max).map((g) => `${briefTitle(g)}${why(g)}`);
    const more = groups.length > max ? ` · and ${groups.length - max} more` : '';
    return `${icon} **${label} (${groups.length}):** ${items.join(' · ')}${more}`;
}
/** The collapsed lines after the detailed groups. */
function summaryLines(sections, previousLabel) {
    const lines = [];
    if (sections.flaky.length)
        lines.push(collapsedLine('🎲', 'Flaky', sections.flaky), '');
    if (sections.infrastructure.length)
        lines.push(collapsedLine('🏗️', 'Infrastructure', sections.infrastructure), '');
    if (sections.ignored.length) {
        const ids = [...new Set(sections.ignored.map((g) => g.rule?.id).filter((id) => !!id))];
        lines.push(`_${plural(sections.ignored.length, 'failure')} hidden by ignore rules: ${ids.map((id) => codeSpan(id)).join(', ')}._`, '');
    }
    if (sections.fixed.length)
        lines.push(collapsedLine('✅', `Fixed since ${previousLabel ?? 'the previous run'}`, sections.fixed), '');
    return lines;
}

;// CONCATENATED MODULE: ./src/render/markdown.ts






const LEVELS = [
    { rawMessages: true, maxLocations: 50, maxGroups: 100 },
    { rawMessages: true, maxLocations: 10, maxGroups: 50 },
    { rawMessages: false, maxLocations: 10, maxGroups: 30 },
    { rawMessages: false, maxLocations: 3, maxGroups: 15 },
    { rawMessages: false, maxLocations: 1, maxGroups: 5 },
];
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
        const short = parts.slice(prefix, parts.length - suffix).join('');
        let end = short.length;
        // By hand: /[-_/]+$/ is quadratic on a long run of separators.
        while (end > 0 && '-_/'.includes(short[end - 1]))
            end--;
        const trimmed = short.slice(0, end);
        result.set(name, trimmed || name);
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
function markdown_plural(n, word, many = `${word}s`) {
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
function headline(doc, failedJobs, groups, options, sections) {
    const patchSet = doc.jobs.find((j) => j.patchSet !== null)?.patchSet ?? doc.change.patchSet;
    const where = patchSet !== null ? (options.revisionLabel ? options.revisionLabel(patchSet) : `Patch set ${patchSet}`) : 'Build';
    if (doc.jobs.length === 0)
        return `### ❔ ${where}: no CI report found`;
    if (failedJobs.length === 0)
        return `### ✅ ${where}: all ${markdown_plural(doc.jobs.length, 'job')} passed`;
    const explained = sections ? explainedCounts(sections) : '';
    if (groups.length === 0 && explained)
        return `### ⚠️ ${where}: ${failedJobs.length} of ${markdown_plural(doc.jobs.length, 'job')} failed, nothing new: ${explained}`;
    const causes = groups.slice(0, 2).map((g) => {
        const place = headlinePlace(g);
        return `${escapeText((0,classify_categories/* categoryLabel */.Jm)(g.category).toLowerCase())}${place ? ` in ${codeSpan(place)}` : ''}${g.rule?.kind === 'known' ? ' (known issue)' : ''}`;
    });
    const more = groups.length > 2 ? ` and ${groups.length - 2} more` : '';
    // Nothing unexplained (only known issues): a warning, not a new failure.
    const icon = sections && sections.unexplained.length === 0 ? '⚠️' : '❌';
    return `### ${icon} ${where}: ${failedJobs.length} of ${markdown_plural(doc.jobs.length, 'job')} failed, ${markdown_plural(groups.length, 'root cause')}: ${causes.join('; ')}${more}${explained ? ` (also ${explained})` : ''}`;
}
function detailLines(group) {
    const d = group.detail;
    if (group.category === 'signature-mismatch' && typeof d.expected === 'string' && typeof d.actual === 'string') {
        // The title already names the parameter and both types: here, the whole signatures.
        // Trailing double spaces: a hard line break, or GFM runs the lines together.
        const lines = [];
        if (typeof d.expectedSignature === 'string')
            lines.push(`Expected type ${codeSpan(d.expectedSignature)}  `);
        if (typeof d.actualSignature === 'string')
            lines.push(`Actual type ${codeSpan(d.actualSignature)}`);
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
            // Only repo-relative paths have a line to link to (not /usr/include/…, not ../…).
            const linkable = first.file !== null && !first.file.startsWith('/') && !first.file.includes('..') && !/^[A-Za-z]:/.test(first.file);
            const target = options.fileLink && linkable ? safeUrl(options.fileLink(first.file, first.line)) : null;
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
        const entry = byMessage.get(o.message) ?? { tools: new Set(), jobs: new Set(), context: o.context ?? [] };
        if (o.tool)
            entry.tools.add(o.tool);
        if (o.job)
            entry.jobs.add(shortNames.get(o.job) ?? o.job);
        byMessage.set(o.message, entry);
    }
    if (byMessage.size === 0)
        return [];
    const parts = [`<details><summary>${markdown_plural(byMessage.size, 'message')} as printed</summary>`, ''];
    for (const [message, { tools, jobs, context }] of byMessage) {
        const who = [tools.size ? [...tools].join(', ') : null, jobs.size ? [...jobs].join(', ') : null].filter(Boolean).join(' · ');
        if (who)
            parts.push(escapeText(who), '');
        const shown = message.length > 4000 ? `${message.slice(0, 4000)}\n[… cut]` : message;
        // The notes and source excerpt the compiler printed with it, under the message.
        // GCC prints where it was (include chain, "In function …:") before the error: the scanner
        // puts those lines first; an include chain later in the context belongs to a note: it stays there.
        const leading = context.findIndex((line) => !isLeadingContextLine(line));
        const lead = leading === -1 ? context : context.slice(0, leading);
        parts.push(fencedBlock([...lead, shown, ...context.slice(lead.length)].join('\n')), '');
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
        markdown_plural(jobs.length, 'job'),
        tools.length ? escapeText(tools.join(', ')) : null,
        locations.size ? markdown_plural(locations.size, 'location') : null,
        group.history === 'new' ? '🆕 new' : group.history === 'still-failing' ? '🔁 still failing' : null,
    ].filter(Boolean);
    const lines = [`#### ${index + 1}. ${inlineWithCode(group.title)}`, facts.join(' · '), ''];
    lines.push(...ruleLines(group));
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
/** "Since patch set 12: 1 new · 2 still failing · 1 fixed", when the groups carry history. */
function historyLine(groups, previousLabel) {
    const count = (h) => groups.filter((g) => g.history === h).length;
    const parts = [
        count('new') ? `🆕 ${count('new')} new` : null,
        count('still-failing') ? `🔁 ${count('still-failing')} still failing` : null,
        count('fixed') ? `✔️ ${count('fixed')} fixed` : null,
    ].filter(Boolean);
    if (parts.length === 0)
        return null;
    return `**Since ${previousLabel ? escapeText(previousLabel) : 'the previous report'}:** ${parts.join(' · ')}`;
}
function renderAtLevel(doc, options, detail) {
    const failedJobs = doc.jobs.filter((j) => isFailedJob(j));
    const otherJobs = doc.jobs.filter((j) => !isFailedJob(j));
    const shortNames = shortJobNames(doc.jobs.map((j) => j.name));
    // Rules, flaky evidence and history decide what is shown in full (render/known.ts).
    const sections = partitionGroups(doc.groups);
    const groups = sections.detailed;
    const out = [];
    if (options.header)
        out.push(options.header);
    out.push(headline(doc, failedJobs, groups, options, sections), '');
    const context = [
        doc.change.subject ? escapeText(doc.change.subject) : null,
        doc.change.id ? `Change-Id ${codeSpan(doc.change.id)}` : null,
    ].filter(Boolean);
    if (context.length)
        out.push(`<sub>${context.join(' · ')}</sub>`, '');
    for (const note of options.notes ?? [])
        out.push(`> ${escapeText(note)}`, '');
    const changes = historyLine(doc.groups, options.previousLabel);
    if (changes)
        out.push(changes, '');
    if (failedJobs.length > 0) {
        out.push(`**Failed:** ${failedJobs.map((j) => `${statusIcon(j.status)} ${jobLink(j, j.name, shortNames)}`).join(' · ')}`, '');
    }
    groups.slice(0, detail.maxGroups).forEach((group, index) => out.push(renderGroup(group, index, doc, shortNames, options, detail)));
    if (groups.length > detail.maxGroups) {
        const hidden = groups.slice(detail.maxGroups);
        out.push(`_${markdown_plural(hidden.length, 'more root cause')} not shown (${escapeText(listWords([...new Set(hidden.map((g) => g.category))], 5))}); the full list is in the JSON output._`, '');
    }
    out.push(...summaryLines(sections, options.previousLabel));
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

;// CONCATENATED MODULE: ./src/group/locations.ts
/**
 * A group's distinct places (file, line, column), each with the jobs that
 * failed there; one pass, for every output that lists places (annotations,
 * check runs, SARIF, rdjsonl). `locatedOnly` drops occurrences without a file.
 */
function locationsOf(group, options = {}) {
    const byPlace = new Map();
    for (const o of group.occurrences) {
        if (options.locatedOnly && !o.file)
            continue;
        const key = o.file ? `${o.file}\u0000${o.line ?? ''}\u0000${o.column ?? ''}` : '';
        let place = byPlace.get(key);
        if (!place) {
            place = { first: o, jobs: [] };
            byPlace.set(key, place);
        }
        if (o.job !== null && !place.jobs.includes(o.job))
            place.jobs.push(o.job);
    }
    return [...byPlace.values()];
}

;// CONCATENATED MODULE: ./src/render/sarif.ts



/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif` and other viewers: one
 * reportingDescriptor per category, one result per located occurrence with a
 * repo-relative location, `partialFingerprints` from the group fingerprint so
 * an alert follows its root cause across runs. Failures with no location (a
 * job that died) are left out: code scanning needs a location per result.
 * Groups an `ignore` rule hides and groups already fixed are left out too.
 */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
function levelOf(group) {
    const kind = group.rule?.kind;
    if (group.flaky || kind === 'flaky' || kind === 'infrastructure')
        return 'note';
    if (kind === 'known')
        return 'warning';
    return 'error';
}
/** `programs/engine testapp/x.cc` → a URI reference (each segment percent-encoded). */
function uriOf(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^\/+/, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
function occurrenceHash(group, o) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${group.fingerprint}\u0000${o.file}\u0000${o.line ?? ''}`).digest('hex').slice(0, 16);
}
function messageText(group, o) {
    const lines = [group.title];
    if (group.rule?.kind === 'known')
        lines.push(`Known issue ${group.rule.id}${group.rule.link ? `: ${group.rule.link}` : ''}${group.rule.note ? ` (${group.rule.note})` : ''}`);
    if (group.flaky)
        lines.push(`Flaky: ${group.flaky.evidence}`);
    if (o.message && o.message !== group.title)
        lines.push(o.message.length > 2000 ? `${o.message.slice(0, 2000)}…` : o.message);
    if (o.job)
        lines.push(`Job: ${o.job}${o.tool ? ` (${o.tool})` : ''}`);
    return lines.join('\n');
}
function buildSarif(doc, options = {}) {
    const shown = doc.groups.filter((g) => g.history !== 'fixed' && g.rule?.kind !== 'ignore');
    const categories = [...new Set(shown.map((g) => g.category))];
    const ruleIndex = new Map(categories.map((c, i) => [c, i]));
    const rules = categories.map((category) => {
        const custom = shown.find((g) => g.category === category && g.rule?.kind === 'category');
        const label = (0,classify_categories/* isCategoryId */.Ow)(category) ? (0,classify_categories/* categoryLabel */.Jm)(category) : (custom?.title ?? category);
        return {
            id: category,
            name: category
                .split('-')
                .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
                .join(''),
            shortDescription: { text: label },
            defaultConfiguration: { level: 'error' },
            properties: { tags: ['build', (0,classify_categories/* isCategoryId */.Ow)(category) ? 'build-triage' : 'custom'] },
        };
    });
    const results = [];
    for (const group of shown) {
        for (const { first: o, jobs } of locationsOf(group, { locatedOnly: true })) {
            if (!o.file)
                continue;
            const region = o.line !== null && o.line >= 1 ? { startLine: o.line, ...(o.column !== null && o.column >= 1 ? { startColumn: o.column } : {}) } : null;
            results.push({
                ruleId: group.category,
                ruleIndex: ruleIndex.get(group.category),
                level: levelOf(group),
                message: { text: messageText(group, o) },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri: uriOf(o.file), uriBaseId: '%SRCROOT%' },
                            ...(region ? { region } : {}),
                        },
                    },
                ],
                partialFingerprints: {
                    'buildTriageGroup/v1': group.fingerprint,
                    'buildTriageLocation/v1': occurrenceHash(group, o),
                },
                properties: {
                    fingerprint: group.fingerprint,
                    stage: group.stage,
                    jobs,
                    ...(group.rule ? { rule: group.rule } : {}),
                    ...(group.flaky ? { flaky: group.flaky.evidence } : {}),
                    ...(group.history ? { history: group.history } : {}),
                },
            });
        }
    }
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'build-triage',
                        ...(options.toolVersion ? { version: options.toolVersion } : {}),
                        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
                        rules,
                    },
                },
                // Keeps these alerts apart from other analyses (CodeQL, linters) in code scanning.
                automationDetails: { id: 'build-triage/' },
                columnKind: 'unicodeCodePoints',
                results,
            },
        ],
    };
}
function renderSarif(doc, options = {}) {
    return `${JSON.stringify(buildSarif(doc, options), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/render/rdjsonl.ts

function severityOf(group) {
    const kind = group.rule?.kind;
    if (group.flaky || kind === 'flaky' || kind === 'infrastructure')
        return 'INFO';
    if (kind === 'known')
        return 'WARNING';
    return 'ERROR';
}
function buildRdjsonl(doc) {
    const out = [];
    for (const group of doc.groups) {
        if (group.history === 'fixed' || group.rule?.kind === 'ignore')
            continue;
        for (const { first: o, jobs } of locationsOf(group, { locatedOnly: true })) {
            if (!o.file)
                continue;
            const notes = [
                group.rule?.kind === 'known' ? `known issue ${group.rule.id}${group.rule.link ? ` ${group.rule.link}` : ''}` : null,
                group.flaky ? `flaky: ${group.flaky.evidence}` : null,
                jobs.length ? `jobs: ${jobs.join(', ')}` : null,
            ].filter((n) => n !== null);
            out.push({
                message: notes.length ? `${group.title} (${notes.join('; ')})` : group.title,
                location: {
                    path: o.file,
                    ...(o.line !== null && o.line >= 1 ? { range: { start: { line: o.line, ...(o.column !== null && o.column >= 1 ? { column: o.column } : {}) } } } : {}),
                },
                severity: severityOf(group),
                source: { name: 'build-triage' },
                code: { value: group.category, ...(group.rule?.link ? { url: group.rule.link } : {}) },
                original_output: o.message,
            });
        }
    }
    return out;
}
function renderRdjsonl(doc) {
    const lines = buildRdjsonl(doc).map((d) => JSON.stringify(d));
    return lines.length ? `${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./src/read-rules.ts


/**
 * The rules file, or no rules and a note saying why: a bad rules file never
 * stops the digest. A missing file is silent when it is only the default path.
 */
async function readRulesFile(path, options) {
    let text;
    try {
        text = await readInputFile(path);
    }
    catch (error) {
        const message = error instanceof InputError ? error.message : `${path}: ${error.message}`;
        if (!options.explicit && /no such file$/.test(message))
            return { ruleSet: null, notes: [], errors: [] };
        options.warn(`rules not used: ${message}`);
        return { ruleSet: null, notes: [`Rules not used: ${message}`], errors: [] };
    }
    // Loaded when there is a rules file: the YAML parser, the schema validator
    // and RE2 are most of the bundle, and a run without rules never needs them.
    const { formatRuleFileError, loadRules, rulesNotUsedNote } = await Promise.all(/* import() */[__nccwpck_require__.e(427), __nccwpck_require__.e(705)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4705));
    const loaded = loadRules(text, path);
    for (const error of loaded.errors)
        options.warn(formatRuleFileError(error));
    if (loaded.ruleSet)
        return { ruleSet: loaded.ruleSet, notes: [], errors: loaded.errors };
    return { ruleSet: null, notes: [rulesNotUsedNote(loaded.errors) ?? `Rules file not used: ${path}`], errors: loaded.errors };
}

;// CONCATENATED MODULE: ./src/cli.ts











const USAGE = `Usage: build-triage [REPORT] [LOG...] [--log [JOB=]LOG]... [--json] [--format ${INPUT_FORMATS.join('|')}]
                    [--repo-root NAME]... [--config FILE] [--sarif FILE] [--rdjsonl FILE]

Reads CI bot reports (a Gerrit review export, Gerrit REST JSON of a change or
its messages, GitHub issue comments JSON as the REST API returns them, or one
bot comment as plain text) and/or full build logs, groups the failures by root
cause and prints a markdown digest. Any file may be - for standard input.

A file given without --log is a report when its start looks like one (a
Gerrit export, or bot lines such as \`<build url> : FAILURE\`), otherwise a log.
Logs are streamed (any size, constant memory); their errors join the report's
in the same groups, each error counted once per job. A log goes to the job
named by JOB=, else to the report's only failed job, else to the failed job
whose name its file name contains, else it is a job of its own.

  build-triage review.txt                   the bot's report alone
  build-triage review.txt --log linux=build.log
  build-triage build.log                    a log alone
  make 2>&1 | build-triage --log -          a log from a pipe

  --log [JOB=]FILE  a job's full log (repeatable)
  --json            print the build-triage/v1 JSON document instead
  --format FORMAT   the report's format, no detection (files are then reports): ${INPUT_FORMATS.join(', ')}
  --repo-root NAME  a checkout folder name to strip from paths (repeatable)
  --config FILE     rules file explaining known failures (docs/rules.md); a bad
                    one is reported with file:line:column and the run goes on
                    without rules
  --sarif FILE      also write SARIF 2.1.0 (for code scanning) to FILE
  --rdjsonl FILE    also write reviewdog rdjsonl to FILE
  --max-diagnostics-per-job N   root causes kept per job (default ${DEFAULT_LIMITS.maxDiagnosticsPerJob});
                    the digest counts the rest
  --max-groups N    root causes kept (default ${DEFAULT_LIMITS.maxGroups}); every failed job keeps one
  -h, --help        this text
  -v, --version     the version

Exit status: 0 when the input was read (whether or not the build failed),
2 on bad input or usage.`;
const VERSION = '0.1.0';
// The bundle's own URL through a variable: ncc would take `new URL(x, import.meta.url)` for an asset to copy.
const BUNDLE_URL = import.meta.url;
/** The needle search's worker, bundled next to this CLI (dist/cli/index.js → dist/search-worker/index.js); missing when run from source. */
const SEARCH_WORKER = new URL('../search-worker/index.js', BUNDLE_URL);
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
                config: { type: 'string' },
                sarif: { type: 'string' },
                rdjsonl: { type: 'string' },
                log: { type: 'string', multiple: true },
                'max-diagnostics-per-job': { type: 'string' },
                'max-groups': { type: 'string' },
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
    const logArguments = values.log ?? [];
    if (positionals.length === 0 && logArguments.length === 0) {
        io.err.write(`build-triage: no input file given\n${USAGE}\n`);
        return 2;
    }
    if (values.format !== undefined && !isInputFormat(values.format)) {
        io.err.write(`build-triage: unknown format '${values.format}' (known: ${INPUT_FORMATS.join(', ')})\n`);
        return 2;
    }
    try {
        // --format names the report's format: the files given are reports then.
        const inputs = await readCliInputs(positionals, logArguments, { positionalsAreReports: values.format !== undefined, searchWorker: SEARCH_WORKER });
        const rules = values.config !== undefined
            ? await readRulesFile(values.config, { explicit: true, warn: (m) => io.err.write(`build-triage: warning: ${m}\n`) })
            : { ruleSet: null, notes: [] };
        const result = triageText(inputs.report?.text ?? null, {
            sourceName: inputs.report?.sourceName ?? 'logs',
            format: values.format,
            repoRoots: values['repo-root'] ?? [],
            rules: rules.ruleSet,
            logs: inputs.logs,
            limits: {
                maxDiagnosticsPerJob: positiveOption('max-diagnostics-per-job', values['max-diagnostics-per-job'], DEFAULT_LIMITS.maxDiagnosticsPerJob),
                maxGroups: positiveOption('max-groups', values['max-groups'], DEFAULT_LIMITS.maxGroups),
            },
        });
        const notes = [...rules.notes, ...result.notes];
        io.out.write(values.json ? renderJson(result.document) : renderMarkdown(result.document, { notes, previousLabel: result.previous?.patchSet != null ? `patch set ${result.previous.patchSet}` : undefined }));
        if (values.sarif !== undefined)
            await writeOutput(values.sarif, renderSarif(result.document, { toolVersion: VERSION }));
        if (values.rdjsonl !== undefined)
            await writeOutput(values.rdjsonl, renderRdjsonl(result.document));
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
function positiveOption(name, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^[1-9][0-9]{0,8}$/.test(value))
        throw new InputError(`--${name}: '${value}' is not a positive whole number`);
    return Number(value);
}
async function writeOutput(path, content) {
    try {
        await (0,promises_namespaceObject.writeFile)(path, content);
    }
    catch (error) {
        throw new InputError(`${path}: cannot write (${error.code ?? error.message})`);
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
