export const id = 705;
export const ids = [705];
export const modules = {

/***/ 4705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatRuleFileError: () => (/* binding */ formatRuleFileError),
  loadRules: () => (/* binding */ loadRules),
  rulesNotUsedNote: () => (/* binding */ rulesNotUsedNote)
});

// UNUSED EXPORTS: DEFAULT_RULES_FILE, MAX_RULES_FILE_BYTES

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./schema/build-triage.schema.json
const build_triage_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"build-triage.schema.json","title":"build-triage rules file (.github/build-triage.yml)","description":"Rules that explain failures already known: flaky tests, infrastructure trouble, issues tracked elsewhere, custom categories. A group takes the first rule that matches.","type":"object","additionalProperties":false,"properties":{"rules":{"description":"Rules in order; the first one that matches a group explains it.","type":"array","maxItems":500,"items":{"$ref":"#/definitions/rule"}}},"required":["rules"],"definitions":{"rule":{"type":"object","additionalProperties":false,"required":["id","kind","match"],"properties":{"id":{"description":"Unique; shown in the digest and in groups[].rule.id.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},"kind":{"description":"known: tracked elsewhere (give a link); flaky: passes on retry; infrastructure: the machine or network failed; ignore: hide it (still counted); category: a custom category id and title.","enum":["known","flaky","infrastructure","ignore","category"]},"link":{"description":"Where the failure is tracked (http or https).","type":"string","maxLength":2000,"pattern":"^https?://[^\\\\s]+$"},"note":{"description":"One line shown beside the failure.","type":"string","minLength":1,"maxLength":500},"category":{"description":"kind: category only: the custom category id (lowercase words joined by -), not one of the built-in ids.","type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+){0,7}$","maxLength":64},"title":{"description":"kind: category only: the one-line title groups of this category get.","type":"string","minLength":1,"maxLength":200},"match":{"$ref":"#/definitions/match"}},"if":{"properties":{"kind":{"const":"category"}},"required":["kind"]},"then":{"required":["category","title"]}},"match":{"description":"Every condition given must hold; at least one is required. message, file, job and tool must hold together for one occurrence of the group.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"category":{"description":"A built-in category id.","enum":["signature-mismatch","type-conversion","undeclared-identifier","no-member","no-matching-function","missing-header","syntax-error","incomplete-type","redefinition","override-mismatch","warning-as-error","deleted-function","ambiguous-call","other-compile-error","undefined-symbol","duplicate-symbol","missing-library","test-failure","test-timeout","memory-error","data-race","undefined-behavior","memory-leak","crash","format-check","static-analysis","infrastructure","timeout","unknown"]},"message":{"description":"A substring of the message as printed (case-sensitive), or /regex/ (RE2 syntax, linear time; /regex/i ignores case).","type":"string","minLength":1,"maxLength":500},"file":{"description":"Glob on the repo-relative path (* within a folder, ** across folders, ?, [abc], {a,b}).","type":"string","minLength":1,"maxLength":300},"job":{"description":"Glob on the job name.","type":"string","minLength":1,"maxLength":300},"tool":{"description":"The tool that printed it: gcc, clang, msvc, ld, lld, link.exe, ... (case-insensitive).","type":"string","minLength":1,"maxLength":50}}}}}');
// EXTERNAL MODULE: ./src/classify/categories.ts
var categories = __webpack_require__(680);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./node_modules/glob-to-regexp/index.js
var glob_to_regexp = __webpack_require__(7774);
var glob_to_regexp_default = /*#__PURE__*/__webpack_require__.n(glob_to_regexp);
;// CONCATENATED MODULE: ./src/rules/patterns.ts


/** Matching looks at no more than this much of a message (RE2 is linear, this bounds the constant). */
const MAX_INPUT = 100_000;
function re2Matcher(source, flags) {
    let re;
    try {
        re = build/* RE2JS */.L3.compile(source, flags);
    }
    catch (error) {
        return { error: `not a valid RE2 pattern: ${error.message}` };
    }
    return { matcher: (text) => re.matcher(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text).find() };
}
/** `/regex/` or `/regex/i` → RE2 search; anything else → case-sensitive substring. */
function compileMessagePattern(pattern) {
    const lastSlash = pattern.lastIndexOf('/');
    if (pattern.startsWith('/') && lastSlash > 0) {
        const flags = pattern.slice(lastSlash + 1);
        if (flags === '' || flags === 'i') {
            return re2Matcher(pattern.slice(1, lastSlash), flags === 'i' ? build/* RE2JS */.L3.CASE_INSENSITIVE : 0);
        }
        return { error: `unknown regex flag '${flags}' (only /…/i is supported)` };
    }
    return { matcher: (text) => text.includes(pattern) };
}
/**
 * glob-to-regexp turns `?` into `.`, which would also match `/`. Its literal
 * dots are escaped (`\.`), so an unescaped `.` outside a class came from `?`.
 */
function questionMarksWithinSegment(source) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            out += c + (source[i + 1] ?? '');
            i++;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
            out += c;
        }
        else if (c === '[') {
            inClass = true;
            out += c;
        }
        else
            out += c === '.' ? '[^/]' : c;
    }
    return out;
}
/**
 * A glob on a path or job name: `*` within one segment, `**` across segments,
 * `?`, `[abc]`, `[!abc]`, `{a,b}`. Anchored at both ends.
 */
function compileGlob(glob) {
    let source;
    try {
        source = glob_to_regexp_default()(glob, { globstar: true, extended: true }).source;
        // glob-to-regexp escapes `!` and writes `[!x]` as `[\!x]`; in a glob it means "not x".
        source = source.split('[\\!').join('[^');
        source = questionMarksWithinSegment(source);
    }
    catch (error) {
        return { error: `not a valid glob: ${error.message}` };
    }
    const result = re2Matcher(source, 0);
    return 'error' in result ? { error: `not a valid glob (${result.error})` } : result;
}

;// CONCATENATED MODULE: ./src/rules/load.ts





/**
 * The rules file (`.github/build-triage.yml`): YAML → JSON Schema
 * (schema/build-triage.schema.json, the same file editors use) → compiled
 * matchers. Any error makes the whole file unusable: the caller runs without
 * rules and shows the errors, each located at file:line:column.
 */
const DEFAULT_RULES_FILE = '.github/build-triage.yml';
/** Larger files are refused before parsing: a rules file is a few kilobytes. */
const MAX_RULES_FILE_BYTES = 256 * 1024;
function formatRuleFileError(error) {
    return error.line > 0 ? `${error.file}:${error.line}:${error.column}: ${error.message}` : `${error.file}: ${error.message}`;
}
/**
 * One line for the digest when the rules file could not be used, so the PR's
 * readers learn it too (the full list goes to the log).
 */
function rulesNotUsedNote(errors) {
    if (errors.length === 0)
        return null;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return `Rules file not used: ${formatRuleFileError(errors[0])}${more}`;
}
let validator = null;
function validateAgainstSchema(value) {
    if (!validator) {
        // allErrors: report every problem at once, so one edit fixes the file.
        const ajv = new dist_ajv.Ajv({ allErrors: true, strict: true, strictRequired: false });
        validator = ajv.compile(build_triage_schema_namespaceObject);
    }
    return validator(value) ? [] : [...(validator.errors ?? [])];
}
/** `/rules/0/match` → ['rules', 0, 'match'] */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
/** `rules[0].match` for messages. */
function pathText(path) {
    let out = '';
    for (const part of path)
        out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${part}`;
    return out || 'the file';
}
/** The YAML node at path, or the nearest ancestor that exists. */
function nodeAt(doc, path) {
    for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        if ((0,dist/* isNode */.Ll)(node))
            return node;
    }
    return null;
}
/** The key node of `name` in the map at path (for "unknown key" errors). */
function keyNodeAt(doc, path, name) {
    const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (!(0,dist/* isMap */.jh)(map))
        return null;
    for (const pair of map.items) {
        if ((0,dist/* isNode */.Ll)(pair.key) && pair.key.value === name)
            return pair.key;
    }
    return null;
}
function describeSchemaError(error) {
    const path = pointerToPath(error.instancePath);
    const where = pathText(path);
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = path.length === 0 ? 'rules' : path[path.length - 1] === 'match' ? 'category, message, file, job, tool' : 'id, kind, link, note, category, title, match';
            return { message: `${where}: unknown key '${key}' (allowed: ${allowed})`, keyName: key };
        }
        case 'required':
            return { message: `${where}: '${String(params.missingProperty)}' is required` };
        case 'enum':
            return { message: `${where}: must be one of ${params.allowedValues.map(String).join(', ')}` };
        case 'minProperties':
            return { message: `${where}: give at least one condition (category, message, file, job or tool)` };
        case 'type':
            return { message: `${where}: must be ${params.type === 'object' ? 'a mapping' : params.type === 'array' ? 'a list' : `a ${String(params.type)}`}` };
        case 'pattern':
            if (path[path.length - 1] === 'link')
                return { message: `${where}: must be an http or https URL` };
            if (path[path.length - 1] === 'id')
                return { message: `${where}: letters, digits, '.', '_' and '-' only, up to 100 characters` };
            if (path[path.length - 1] === 'category')
                return { message: `${where}: lowercase words joined by '-', e.g. generated-code-stale` };
            return { message: `${where}: ${error.message ?? 'invalid'}` };
        default:
            return { message: `${where}: ${error.message ?? 'invalid'}` };
    }
}
function schemaErrors(doc, lineCounter, file, errors) {
    const out = [];
    const seen = new Set();
    for (const error of errors) {
        // `if`/`then` adds a summary error beside the real `required` one.
        if (error.keyword === 'if')
            continue;
        const path = pointerToPath(error.instancePath);
        const { message, keyName } = describeSchemaError(error);
        const node = (keyName ? keyNodeAt(doc, path, keyName) : null) ?? nodeAt(doc, path);
        const offset = node?.range?.[0] ?? 0;
        const pos = lineCounter.linePos(offset);
        const located = { file, line: pos.line, column: pos.col, message };
        const key = formatRuleFileError(located);
        if (!seen.has(key)) {
            seen.add(key);
            out.push(located);
        }
    }
    return out;
}
/** Checks the schema cannot express: unique ids, custom ids, patterns that compile. */
function semanticErrors(doc, lineCounter, file, rules) {
    const errors = [];
    const compiled = [];
    const at = (path, message) => {
        const node = nodeAt(doc, path);
        const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
        errors.push({ file, line: pos.line, column: pos.col, message: `${pathText(path)}: ${message}` });
    };
    const ids = new Map();
    rules.forEach((rule, index) => {
        const base = ['rules', index];
        const first = ids.get(rule.id);
        if (first !== undefined)
            at([...base, 'id'], `duplicate id '${rule.id}' (first used by rules[${first}])`);
        else
            ids.set(rule.id, index);
        if (rule.kind === 'category') {
            if (rule.category && (0,categories/* isCategoryId */.Ow)(rule.category)) {
                at([...base, 'category'], `'${rule.category}' is a built-in category; a custom category needs a new id`);
            }
        }
        else {
            if (rule.category !== undefined)
                at([...base, 'category'], `'category' only goes with kind: category (did you mean match.category?)`);
            if (rule.title !== undefined)
                at([...base, 'title'], `'title' only goes with kind: category`);
        }
        const compiledRule = {
            definition: rule,
            category: rule.match.category ?? null,
            message: null,
            file: null,
            job: null,
            tool: rule.match.tool ? rule.match.tool.toLowerCase() : null,
        };
        for (const field of ['message', 'file', 'job']) {
            const pattern = rule.match[field];
            if (pattern === undefined)
                continue;
            const result = field === 'message' ? compileMessagePattern(pattern) : compileGlob(pattern);
            if ('error' in result)
                at([...base, 'match', field], result.error);
            else
                compiledRule[field] = result.matcher;
        }
        compiled.push(compiledRule);
    });
    return { errors, compiled };
}
/** Parses and validates the rules file's text. Never throws on bad input. */
function loadRules(text, file = DEFAULT_RULES_FILE) {
    if (Buffer.byteLength(text, 'utf8') > MAX_RULES_FILE_BYTES) {
        return { ruleSet: null, errors: [{ file, line: 0, column: 0, message: `larger than ${MAX_RULES_FILE_BYTES / 1024} KiB; not read` }] };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        return {
            ruleSet: null,
            errors: doc.errors.map((error) => {
                const pos = lineCounter.linePos(error.pos[0]);
                return { file, line: pos.line, column: pos.col, message: `YAML: ${error.message.split('\n')[0]}` };
            }),
        };
    }
    // An empty or comment-only file explains nothing and is not an error.
    if (doc.contents === null)
        return { ruleSet: { file, rules: [] }, errors: [] };
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        return { ruleSet: null, errors: [{ file, line: 1, column: 1, message: `YAML: ${error.message}` }] };
    }
    // `rules:` with nothing under it reads as null: no rules yet, not an error.
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && value.rules === null) {
        value.rules = [];
    }
    const invalid = validateAgainstSchema(value);
    if (invalid.length > 0)
        return { ruleSet: null, errors: schemaErrors(doc, lineCounter, file, invalid) };
    const rules = (value.rules ?? []);
    const { errors, compiled } = semanticErrors(doc, lineCounter, file, rules);
    if (errors.length > 0)
        return { ruleSet: null, errors };
    return { ruleSet: { file, rules: compiled }, errors: [] };
}


/***/ })

};
