#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/************************************************************************/
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./catalog/gpus.json
const gpus_namespaceObject = /*#__PURE__*/JSON.parse('{"a":[{"name":"GTX 1650","architecture":"Turing","compute_capability":"7.5","memory":{"bytes":4294967296,"as_printed":"4096MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted lines: \\"[  ok  ] GPU: NVIDIA GeForce GTX 1650, 4096 MiB\\" and \\"- nvidia: NVIDIA GeForce GTX 1650, 4096 MiB\\" (tool output of nvidia-smi query; OS/driver not shown)"},"vendor_memory":{"as_printed":"4 GB GDDR5, 128-bit, 128 GB/s (later GDDR6 refresh: 192 GB/s)","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":128000000000,"as_printed":"128 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 4 GB GDDR5, 128-bit, 128 GB/s (later GDDR6 refresh: 192 GB/s) — from general knowledge, no page retrieved this session","verified":false},"aliases":["NVIDIA GeForce GTX 1650","NVIDIA-GeForce-GTX-1650","GTX1650"],"cloud_instances":[],"notes":"No CUDA-total observation found. Laptop (\'GTX 1650 Ti\', \'with Max-Q\') and GTX 1650 SUPER are different products; an Ultralytics log for the GTX 1650 SUPER on Windows shows \'CUDA:0 (NVIDIA GeForce GTX 1650 SUPER, 4096MiB)\' (https://github.com/SunOner/sunone_aimbot/issues/36) — Windows/WDDM reports the full 4096 MiB."},{"name":"RTX 2060","architecture":"Turing","compute_capability":"7.5","memory":{"bytes":6000000000,"as_printed":"6 GB","basis":"vendor","source":"NVIDIA specification (not retrieved here): 6 GB GDDR6, 192-bit, 336 GB/s — from general knowledge, no page retrieved"},"vendor_memory":{"as_printed":"6 GB GDDR6, 192-bit, 336 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":336000000000,"as_printed":"336 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 6 GB GDDR6, 192-bit, 336 GB/s — from general knowledge, no page retrieved","verified":false},"aliases":["NVIDIA GeForce RTX 2060","NVIDIA-GeForce-RTX-2060"],"cloud_instances":[],"notes":"No real nvidia-smi dump or CUDA total found for the 6GB card. A 12GB RTX 2060 also exists under the same NVML name (\'NVIDIA GeForce RTX 2060, 12288 MiB\' seen in code-index fixtures), so the name alone does not identify memory size — use memory.total."},{"name":"RTX 2080 Ti","architecture":"Turing","compute_capability":"7.5","memory":{"bytes":11811160064,"as_printed":"11264MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"NVIDIA GeForce RTX 2080 Ti, 11264 MiB, driver 580.178.04\\" (Linux) and \\"NVIDIA GeForce RTX 2080 Ti, 11,264 MiB / NVIDIA driver 591.86\\" (Windows)"},"vendor_memory":{"as_printed":"11 GB GDDR6, 352-bit, 616 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":{"bytes":11555307520,"as_printed":"Ultralytics YOLOv8.1.47 🚀 Python-3.8.18 torch-1.10.1 CUDA:0 (NVIDIA GeForce RTX 2080 Ti, 11020MiB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":616000000000,"as_printed":"616 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 11 GB GDDR6, 352-bit, 616 GB/s — from general knowledge, no page retrieved","verified":false},"aliases":["NVIDIA GeForce RTX 2080 Ti","NVIDIA-GeForce-RTX-2080-Ti"],"cloud_instances":[],"notes":"Ultralytics prints torch.cuda.get_device_properties(i).total_memory in MiB, i.e. the CUDA total. Newer drivers report the full 11264 MiB in nvidia-smi while the CUDA total is ~11 GiB and has shrunk with newer drivers/CUDA (10825 MiB with torch 2.6/cu124)."},{"name":"RTX 3060","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":12884901888,"as_printed":"12288MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"LINUX SSH WORKS / 7.0.0-15-generic / NVIDIA GeForce RTX 3060, 12288 MiB\\" and \\"NVIDIA GeForce RTX 3060, 12,288 MiB, driver 591.86\\""},"vendor_memory":{"as_printed":"12 GB GDDR6, 192-bit, 360 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":{"bytes":12620660736,"as_printed":"Ultralytics YOLOv8.0.72 🚀 Python-3.8.10 torch-2.0.0+cu117 CUDA:0 (NVIDIA GeForce RTX 3060, 12036MiB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":360000000000,"as_printed":"360 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 12 GB GDDR6, 192-bit, 360 GB/s — from general knowledge, no page retrieved","verified":false},"aliases":["NVIDIA GeForce RTX 3060","NVIDIA-GeForce-RTX-3060","RTX 3060 12GB"],"cloud_instances":[],"notes":"An 8GB RTX 3060 (128-bit) shares the NVML name \'NVIDIA GeForce RTX 3060\'; \'RTX 3060 Ti\' (8GB) is a different name. Disambiguate by memory.total."},{"name":"RTX 3070","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":8589934592,"as_printed":"8192MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"Hardware já observado: NVIDIA GeForce RTX 3070, 8192 MiB de VRAM, driver 616.56\\""},"vendor_memory":{"as_printed":"8 GB GDDR6","source":"https://pcgamer.com/nvidia-reportedly-cancels-rtx-3080-20gb-and-rtx-3070-16gb-two-cards-that-may-never-have-existed (\\"the RTX 3070 will launch with 8GB of GDDR6\\")","verified":true},"cuda_total":{"bytes":8353711391,"as_printed":"OutOfMemoryError: CUDA out of memory. Tried to allocate 1.88 GiB (GPU 0; 7.78 GiB total capacity; 5.65 GiB already allocated; ...)","source":"https://github.com/akshitac8/OW-DETR/issues/46 (user says \'I use RTX3070\'; 2023; OS/driver not stated)"},"memory_bandwidth":{"bytes_per_second":448000000000,"as_printed":"448 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 256-bit, 448 GB/s — from general knowledge (hardwareluxx confirms 256-bit interface with 8x1GB chips)","verified":false},"aliases":["NVIDIA GeForce RTX 3070","NVIDIA-GeForce-RTX-3070","RTX 3070 8GB"],"cloud_instances":[],"notes":"No official 16GB RTX 3070 exists. A 16GB RTX 3070 (and 20GB RTX 3080) were rumoured in 2020 and then reported cancelled before launch (https://pcgamer.com/nvidia-reportedly-cancels-rtx-3080-20gb-and-rtx-3070-16gb-two-cards-that-may-never-have-existed ; https://wccftech.com/nvidia-geforce-rtx-3080-20-gb-geforce-rtx-3070-16-gb-graphics-cards-cancelled-rumor/). 16GB cards that exist are DIY memory-chip swaps (modder VIK-on replaced 8x1GB with 8x2GB GDDR6: https://www.hardwareluxx.de/index.php/news/hardware/grafikkarten/55640-diy-geforce-rtx-3070-mit-16-gb-gddr6-ausgestattet.html). A catalog should not list an official \'RTX 3070 16GB\'. Mobile \'RTX 3070 Laptop GPU\' is a different NVML name."},{"name":"RTX 3080 10GB","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":10737418240,"as_printed":"10240MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"[INFO]    GPU: NVIDIA GeForce RTX 3080, 10240 MiB\\" (also several nvidia-smi CSV fixtures with 10240 and drivers 525.85.05/535.104.05/528.49)"},"vendor_memory":{"as_printed":"10 GB GDDR6X, 320-bit","source":"https://huggingface.co/spaces/lambdabrendan/Lambda-LLM-Calculator/blame/main/data/gpu_specs.csv (TechPowerUp-derived row: \'GeForce RTX 3080,GA102,\\"Sep 1st, 2020\\",PCIe 4.0 x16,\\"10 GB, GDDR6X, 320 bit\\"\'); also pcgamer: \'RTX 3080 comes with 10GB of GDDR6X\'","verified":true},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":760000000000,"as_printed":"760 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 760 GB/s — from general knowledge","verified":false},"aliases":["NVIDIA GeForce RTX 3080","NVIDIA-GeForce-RTX-3080","RTX 3080"],"cloud_instances":[],"notes":"Same NVML name as the 12GB model; disambiguate by memory.total (10240 vs 12288). One README notes \'2× RTX 3080, 10 GB VRAM each (~9.6 GB usable)\' (code index). No CUDA-total line with URL found."},{"name":"RTX 3080 12GB","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":12000000000,"as_printed":"12 GB","basis":"vendor","source":"NVIDIA specification (not retrieved here): 12 GB GDDR6X, 384-bit, 912 GB/s — from general knowledge, no page retrieved"},"vendor_memory":{"as_printed":"12 GB GDDR6X, 384-bit, 912 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":{"bytes":12705595392,"as_printed":"# CUDA:0 (NVIDIA GeForce RTX 3080, 12117MiB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable (comment in a YOLO config file; name \'RTX 3080\' + ~12 GiB implies the 12GB model (3080 Ti has its own name))"},"memory_bandwidth":{"bytes_per_second":912000000000,"as_printed":"912 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 12 GB GDDR6X, 384-bit, 912 GB/s — from general knowledge, no page retrieved","verified":false},"aliases":["NVIDIA GeForce RTX 3080","NVIDIA-GeForce-RTX-3080","RTX 3080"],"cloud_instances":[],"notes":"No nvidia-smi dump found for the 12GB model; expected 12288 MiB by analogy with other GeForce cards on recent drivers but NOT verified (left null)."},{"name":"RTX 3090","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":25769803776,"as_printed":"24576MiB","basis":"nvidia-smi","source":"https://github.com/noonghunna/club-3090/issues/1127 : \\"|   0  NVIDIA GeForce RTX 3090        Off |   00000000:01:00.0  On |  N/A |\\" / \\"|  0%   40C    P2            115W /  250W |   22591MiB /  24576MiB |\\" (Driver Version: 595.84)"},"vendor_memory":{"as_printed":"24 GB GDDR6X, 384-bit","source":"https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md (24 GB, 936 GB/s) and https://huggingface.co/spaces/lambdabrendan/Lambda-LLM-Calculator/blame/main/data/gpu_specs.csv (\'GeForce RTX 3090 ... \\"24 GB, GDDR6X, 384 bit\\"\')","verified":true},"cuda_total":{"bytes":25446842368,"as_printed":"Ultralytics YOLOv8.2.103 🚀 Python-3.8.19 torch-1.12.1+cu113 CUDA:0 (NVIDIA GeForce RTX 3090, 24268MiB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":936000000000,"as_printed":"936 GB/s","source":"https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md","verified":true},"aliases":["NVIDIA GeForce RTX 3090","NVIDIA-GeForce-RTX-3090"],"cloud_instances":[],"notes":"nvidia-smi total changed with driver generation: 24268 MiB on older drivers vs 24576 MiB on current ones; the CUDA total stayed ~24268 MiB (23.7 GiB) in the observations found."},{"name":"RTX 3090 Ti","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":25757220864,"as_printed":"24564MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"GPU: **NVIDIA GeForce RTX 3090 Ti, 24564 MiB**, driver 620.02\\" and \\"| GPU | **NVIDIA GeForce RTX 3090 Ti, 24,564 MiB** | torch | 2.10.0+cu128\\" (Ubuntu 20.04)"},"vendor_memory":{"as_printed":"24 GB GDDR6X, 384-bit, 1008 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":{"bytes":25314721792,"as_printed":"Ultralytics 8.3.75 🚀 Python-3.11.11 torch-2.2.2+cu121 CUDA:0 (NVIDIA GeForce RTX 3090 Ti, 24142MiB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":1008000000000,"as_printed":"1008 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 24 GB GDDR6X, 384-bit, 1008 GB/s — from general knowledge, no page retrieved","verified":false},"aliases":["NVIDIA GeForce RTX 3090 Ti","NVIDIA-GeForce-RTX-3090-Ti"],"cloud_instances":[],"notes":"Some test fixtures use 24576 for the 3090 Ti; real-device notes show 24564 MiB."},{"name":"RTX 4060 Ti 16GB","architecture":"Ada Lovelace","compute_capability":"8.9","memory":{"bytes":17175674880,"as_printed":"16380MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"| GPU | NVIDIA GeForce RTX 4060 Ti, 16380 MiB VRAM, driver 595.84, compute 8.9 | Kernel | Linux\\" and \\"NVIDIA GeForce RTX 4060 Ti, 16380 MiB, PCI 00000000:01:00.0, cc 8.9 | `nvidia-smi`\\""},"vendor_memory":{"as_printed":"16 GB GDDR6, 128-bit, 288 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":288000000000,"as_printed":"288 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 16 GB GDDR6, 128-bit, 288 GB/s — from general knowledge, no page retrieved","verified":false},"aliases":["NVIDIA GeForce RTX 4060 Ti","NVIDIA-GeForce-RTX-4060-Ti","RTX 4060 Ti"],"cloud_instances":[],"notes":"The 8GB RTX 4060 Ti has the same NVML name; disambiguate by memory.total. No CUDA-total observation found."},{"name":"RTX 4070","architecture":"Ada Lovelace","compute_capability":"8.9","memory":{"bytes":12878610432,"as_printed":"12282MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"nvidia-smi --query-gpu=name,memory.total --format=csv,noheader / NVIDIA GeForce RTX 4070, 12282 MiB\\" and \\"GPU | NVIDIA GeForce RTX 4070, 12,282 MiB VRAM\\""},"vendor_memory":{"as_printed":"12 GB GDDR6X (a later GDDR6 variant exists)","source":"https://d33gy59ovltp76.cloudfront.net/news/rtx-4070-infused-with-slower-gddr6-pictured-new-variant-features-20-gbps-vram-with-5-less-bandwidth (Tom\'s Hardware article mirror: \'The original GDDR6X variant features 21 Gbps modules, giving the original RTX 4070 504 GB/s ... GDDR6 model reduces total memory bandwidth from 504 GB/s to 480 GB/s\', 192-bit); 12 GB capacity not stated in the retrieved excerpt","verified":true},"cuda_total":{"bytes":12585009152,"as_printed":"Ultralytics 8.3.38 🚀 Python-3.12.3 torch-2.5.1+cu124 CUDA:0 (NVIDIA GeForce RTX 4070, 12002MiB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":504000000000,"as_printed":"504 GB/s","source":"same Tom\'s Hardware mirror (504 GB/s GDDR6X; 480 GB/s GDDR6 variant)","verified":true},"aliases":["NVIDIA GeForce RTX 4070","NVIDIA-GeForce-RTX-4070"],"cloud_instances":[],"notes":"RTX 4070 SUPER / Ti are different NVML names."},{"name":"RTX 4080","architecture":"Ada Lovelace","compute_capability":"8.9","memory":{"bytes":17171480576,"as_printed":"16376MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"Hardware: NVIDIA GeForce RTX 4080, 16376 MiB, driver 595.45.04\\" (Linux) and \\"| GPU | NVIDIA GeForce RTX 4080, 16376 MiB, driver 596.49 |\\" (Windows 11)"},"vendor_memory":{"as_printed":"16 GB GDDR6X, 256-bit, 716.8 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":716800000000,"as_printed":"716.8 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 16 GB GDDR6X, 256-bit, 716.8 GB/s — from general knowledge; a code-index table row reads \'[RTX 4080](https://www.techpowerup.com/gpu-specs/geforce-rtx-4080.c3888) | 9728 | 16GB GDDR6X 256-bit\' (TechPowerUp page itself not retrieved)","verified":false},"aliases":["NVIDIA GeForce RTX 4080","NVIDIA-GeForce-RTX-4080"],"cloud_instances":[],"notes":"RTX 4080 SUPER is a different NVML name. No Linux CUDA-total observation found."},{"name":"RTX 4090","architecture":"Ada Lovelace","compute_capability":"8.9","memory":{"bytes":25757220864,"as_printed":"24564MiB","basis":"nvidia-smi","source":"https://github.com/vllm-project/vllm/issues/7553 : \\"Memory-Usage showed by nvidia-smi is  23859MiB / 24564MiB on each card\\" (4x RTX 4090, NVIDIA-SMI 535.54.03)"},"vendor_memory":{"as_printed":"24 GB GDDR6X, 384-bit","source":"https://pcspecchart.com/pc_parts/gpu/25 (\'24 GB of GDDR6X memory across a 384-bit bus ... 1010 GB/s\'); https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md (\'24 GB | 1 TB/s\')","verified":true},"cuda_total":{"bytes":25426206392,"as_printed":"torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 4.56 GiB (GPU 0; 23.68 GiB total capacity; 18.96 GiB already allocated; 2.84 GiB free; ...)","source":"https://github.com/zai-org/CogVideo/issues/36 (issue titled \'4090显卡CUDA out of memory\', 2023-05; OS not stated)"},"memory_bandwidth":{"bytes_per_second":1008000000000,"as_printed":"1008 GB/s","source":"computed 21 Gbps x 384 bit / 8 = 1008 GB/s (21 Gbps from https://www.startupsabha.com/product/geforce-rtx-4090-graphics-card/ ; pcspecchart rounds to 1010 GB/s, astroC86 README \'1 TB/s\')","verified":true},"aliases":["NVIDIA GeForce RTX 4090","NVIDIA-GeForce-RTX-4090"],"cloud_instances":[],"notes":"Linux CUDA totals cluster at ~23.6-23.65 GiB (24081-24217 MiB) and shrink with newer drivers; Windows reports 24564 MiB. RTX 4090 D (China) is a different NVML name."},{"name":"RTX 5090","architecture":"Blackwell","compute_capability":"12.0","memory":{"bytes":34190917632,"as_printed":"32607MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"| GPU | NVIDIA GeForce RTX 5090, 32,607 MiB, `sm_120` | Driver | 580.159.03\\" and \\"| GPU | NVIDIA GeForce RTX 5090, 32607 MiB | ... | Driver / 功耗上限 | 580.95.05 / 575 W\\"; Windows: \\"NVIDIA GeForce RTX 5090, 32,607 MiB, driver 591.86\\""},"vendor_memory":{"as_printed":"32 GB","source":"https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md (\'GeForce RTX 5090 | 32 GB | 1.79 TB/s\', links nvidia.com rtx-5090 #specs)","verified":true},"cuda_total":{"bytes":33680261120,"as_printed":"Ultralytics 8.3.95 🚀 Python-3.10.12 torch-2.6.0+cu124 CUDA:0 (NVIDIA GeForce RTX 5090, 32120MiB)","source":"https://github.com/ultralytics/ultralytics/pull/19833 (glenn-jocher, 2025-03-23, inside the nvidia/cuda 12.8.1 Docker image (Linux); torch build lacked sm_120 kernels but device properties are still reported)"},"memory_bandwidth":{"bytes_per_second":1792000000000,"as_printed":"1792 GB/s","source":"https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md (\'1.79 TB/s\'; 1792 GB/s = 28 Gbps x 512-bit / 8 is the commonly quoted exact figure — exact value not retrieved)","verified":true},"aliases":["NVIDIA GeForce RTX 5090","NVIDIA-GeForce-RTX-5090"],"cloud_instances":[],"notes":"Needs CUDA >= 12.8 / PyTorch cu128 builds for sm_120 kernels."},{"name":"T4","architecture":"Turing","compute_capability":"7.5","memory":{"bytes":16106127360,"as_printed":"15360MiB","basis":"nvidia-smi","source":"https://github.com/modal-labs/modal-client/pull/2797 : \\"Here\'s the reported totals from `nvidia-smi` across all our GPU types ... - T4: 15360MiB (16.11 GB)\\" (Modal engineer, PR description 2025-01-23)"},"vendor_memory":{"as_printed":"16 GB GDDR6, 256-bit","source":"https://sysrqmts.com/en/gpus/nvidia/tesla/t4 (TechPowerUp-style spec mirror: \'Memory size 16 GB, Memory type GDDR6, Memory bus width 256 bit, Bandwidth 320.0 GB/s, CUDA 7.5\'); Azure NCasT4_v3 doc: \'up to 4 NVIDIA T4 GPUs with 16 GB of memory each\'","verified":true},"cuda_total":{"bytes":15637413888,"as_printed":"Ultralytics 8.4.24 🚀 Python-3.12.12 torch-2.10.0+cu128 CUDA:0 (Tesla T4, 14913MiB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":320000000000,"as_printed":"320 GB/s","source":"https://sysrqmts.com/en/gpus/nvidia/tesla/t4","verified":true},"aliases":["Tesla T4","Tesla-T4","nvidia-tesla-t4","t4"],"cloud_instances":[{"provider":"AWS","family":"g4dn","source":"https://github.com/aws/karpenter-provider-aws/blob/1d927085dd81a9df9301e613f371dac5b4d16bfe/website/content/en/docs/reference/instance-types.md"},{"provider":"Azure","family":"NCasT4_v3 (Standard_NC4as_T4_v3 ... NC64as_T4_v3)","source":"https://github.com/MicrosoftDocs/azure-docs/blob/02affc86f41ba9094cf5cfbe0727a30b758f516e/articles/virtual-machines/sizes/gpu-accelerated/includes/ncast4v3-series-summary.md"},{"provider":"GCP","family":"N1 + attached nvidia-tesla-t4","source":"https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/1047080375afbb44da4b596be314634e7486af4a/pkg/orchestrator/gke/nap.go#L131"}],"notes":"16 GB GDDR6 with ECC on: nvidia-smi shows 15360 MiB (ECC reserves 1/16). CUDA total fell from ~15110 MiB (2022, torch 1.12/cu113) to ~14913 MiB (2025+, cu124/cu128 with newer drivers). AWS g5g carries \'T4g\' (Karpenter name t4g), a different product name."},{"name":"V100 16GB SXM2","architecture":"Volta","compute_capability":"7.0","memory":{"bytes":17179869184,"as_printed":"16384MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"- Driver: 580.178.04 ... - GPU0: Tesla V100-SXM2-16GB, 16384 MiB\\" and \\"eight NVIDIA Tesla V100-SXM2-16GB, 16,384 MiB each, compute capability 7.0, driver 580.178.04\\""},"vendor_memory":{"as_printed":"16 GB HBM2, 4096-bit","source":"https://huggingface.co/spaces/lambdabrendan/Lambda-LLM-Calculator/blame/main/data/gpu_specs.csv (TechPowerUp-derived row: \'Tesla V100 SXM2 16 GB,GV100,... \\"16 GB, HBM2, 4096 bit\\"\')","verified":true},"cuda_total":{"bytes":16945512448,"as_printed":"YOLOv5 v4.0-96-g83dc1b4 torch 1.7.0+cu101 CUDA:0 (Tesla V100-SXM2-16GB, 16160.5MB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":900000000000,"as_printed":"900 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 900 GB/s — from general knowledge (NVIDIA V100 datasheet), not retrieved","verified":false},"aliases":["Tesla V100-SXM2-16GB","Tesla-V100-SXM2-16GB","nvidia-tesla-v100","v100","V100 16GB","V100"],"cloud_instances":[{"provider":"AWS","family":"p3 (p3.2xlarge/8xlarge/16xlarge)","source":"https://github.com/aws/karpenter-provider-aws/blob/1d927085dd81a9df9301e613f371dac5b4d16bfe/website/content/en/v1.0/reference/instance-types.md (p3.2xlarge: instance-gpu-name v100, instance-gpu-memory 16384; p3 no longer listed in the current docs version)"}],"interconnect":{"value":"NVSwitch","source":"NVIDIA HGX platforms connect 8 SXM GPUs through NVSwitch (https://www.nvidia.com/en-us/data-center/hgx/); NCCL enables NVLink SHARP (NVLS) on them for more than 2 GPUs (vllm-project/vllm#9699)","verified":false},"notes":"Recent drivers (e.g. 580.x) report 16384 MiB; older stacks reported ~16160 MiB. No URL-linkable nvidia-smi table found."},{"name":"V100 16GB PCIe","architecture":"Volta","compute_capability":"7.0","memory":{"bytes":17179869184,"as_printed":"16384MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"Tesla V100-PCIE-16GB, 16384 MiB, 580.126.09\\" and \\"Tesla V100-PCIE-16GB, 16384 MiB, 575.57.08\\""},"vendor_memory":{"as_printed":"16 GB HBM2","source":"https://huggingface.co/spaces/lambdabrendan/Lambda-LLM-Calculator/blame/main/data/gpu_specs.csv (V100 rows are HBM2 4096-bit; the PCIe 16GB row itself was not in the retrieved excerpt)","verified":true},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":900000000000,"as_printed":"900 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 900 GB/s — from general knowledge, not retrieved","verified":false},"aliases":["Tesla V100-PCIE-16GB","Tesla-V100-PCIE-16GB","V100"],"cloud_instances":[{"provider":"Azure","family":"NCv3 (Standard_NC6s_v3/NC12s_v3/NC24s_v3; retired 2025-09-30)","source":"https://github.com/MicrosoftDocs/azure-docs/blob/704d044a0cd4f7668b0f3218347eee4e427c6fd9/articles/virtual-machines/sizes/gpu-accelerated/includes/ncv3-series-summary.md (\'NCv3-series VMs are powered by NVIDIA Tesla V100 GPUs\' — form factor not stated in the retrieved include)"}],"notes":"No CUDA-total observation found for the PCIe 16GB card."},{"name":"V100 32GB","architecture":"Volta","compute_capability":"7.0","memory":{"bytes":34359738368,"as_printed":"32768MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"0, Tesla V100-SXM2-32GB, 32768 MiB, 4 MiB, 0 %, 35\\" (nvidia-smi --query-gpu CSV, recent driver)"},"vendor_memory":{"as_printed":"32 GB HBM2","source":"https://huggingface.co/spaces/lambdabrendan/Lambda-LLM-Calculator/blame/main/data/gpu_specs.csv (\'Tesla V100S PCIe 32 GB,GV100,... \\"32 GB, HBM2, 4096 bit\\"\') and Karpenter p3dn instance-gpu-memory 32768","verified":true},"cuda_total":{"bytes":34089730048,"as_printed":"We run on a 8GPUs (Tesla V100-SXM2-32GB, 32510.5MB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable (older YOLOv5-style report)"},"memory_bandwidth":{"bytes_per_second":900000000000,"as_printed":"900 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 900 GB/s (V100S: 1134 GB/s) — from general knowledge, not retrieved","verified":false},"aliases":["Tesla V100-SXM2-32GB","Tesla V100-PCIE-32GB","Tesla V100S-PCIE-32GB","Tesla-V100-SXM2-32GB","v100","V100"],"cloud_instances":[{"provider":"AWS","family":"p3dn (p3dn.24xlarge, 8x V100 32GB)","source":"https://github.com/aws/karpenter-provider-aws/blob/1d927085dd81a9df9301e613f371dac5b4d16bfe/website/content/en/docs/reference/instance-types.md"}],"interconnect":{"value":"NVSwitch","source":"NVIDIA HGX platforms connect 8 SXM GPUs through NVSwitch (https://www.nvidia.com/en-us/data-center/hgx/); NCCL enables NVLink SHARP (NVLS) on them for more than 2 GPUs (vllm-project/vllm#9699)","verified":false},"notes":"Three generations of totals seen: NVML 32480.5 MiB (driver 418.67), 32510 MiB (later), 32768 MiB (current). Azure NDv2 (8x V100 32GB SXM2) not verified this session."},{"name":"A10","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":24146608128,"as_printed":"23028MiB","basis":"nvidia-smi","source":"https://github.com/modal-labs/modal-client/pull/2797 : \\"- A10: 23028MiB (24.15 GB)\\""},"vendor_memory":{"as_printed":"24 GB GDDR6","source":"https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md (\'A10 | 24 GB | 600 GB/s\', datasheet https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a10/pdf/a10-datasheet.pdf — PDF not retrieved); GDDR6 per https://ai-hpc.github.io/ai-hardware-engineer-roadmap/Phase%205%20-%20Advanced%20Topics%20and%20Specialization/1.%20GPU%20Infrastructure/Nvidia%20GPU/HPC%20Setup/L40S-x12-Inference/01-Hardware-Architecture (\'A10 (prev gen) | GDDR6 | 24 GB | 600 GB/s | 384-bit\')","verified":true},"cuda_total":{"bytes":23815593656,"as_printed":"torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 4.00 GiB. GPU 0 has a total capacity of 22.18 GiB of which 3.47 GiB is free.","source":"https://github.com/OpenBMB/MiniCPM-V/issues/640 (\'一张A10显卡，显存24G\', 2024-10)"},"memory_bandwidth":{"bytes_per_second":600000000000,"as_printed":"600 GB/s","source":"https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md","verified":true},"aliases":["NVIDIA A10","NVIDIA-A10"],"cloud_instances":[{"provider":"Azure","family":"NVadsA10_v5 (1/6 .. full A10; full A10 = 24 GiB frame buffer)","source":"https://github.com/MicrosoftDocs/azure-docs/blob/2467ea47d4add14581281a2cdfe500d4b00d1ec4/articles/virtual-machines/sizes/gpu-accelerated/includes/nvadsa10v5-series-summary.md"},{"provider":"Lambda","family":"gpu_1x_a10","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable (\\"`gpu_1x_a10` — 1x NVIDIA A10, 24GB VRAM\\")"}],"notes":"ECC-on GDDR6: 24576 MiB physical, 23028 MiB reported. One how-to shows \'NVIDIA A10, 24576 MiB\' as *expected* output (not a device dump). Azure NVadsA10_v5 fractional sizes expose only part of the GPU."},{"name":"A10G","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":24146608128,"as_printed":"23028MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted (many AWS g5 dumps): \\"|   0  NVIDIA A10G                    On  | 00000000:00:1E.0 Off |  0 |\\" / \\"|  0%   24C    P8  13W /  300W |       0MiB /  23028MiB |\\""},"vendor_memory":{"as_printed":"24 GB","source":"https://gist.github.com/askainet/forked (AWS instance table: \'Ampere | A10G | G5 | g5.xlarge | 1 | 24 GB\') — AWS-specific SKU, NVIDIA publishes no public datasheet","verified":true},"cuda_total":{"bytes":23686744637,"as_printed":"- Device: NVIDIA A10G, 22.06 GiB","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":600000000000,"as_printed":"600 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: GDDR6, 600 GB/s — commonly quoted (e.g. HF RajBhope gpu_catalog.json lists 600) but not from an authoritative page","verified":false},"aliases":["NVIDIA A10G","NVIDIA-A10G","a10g"],"cloud_instances":[{"provider":"AWS","family":"g5 (g5.xlarge … g5.48xlarge)","source":"https://github.com/aws/karpenter-provider-aws/blob/1d927085dd81a9df9301e613f371dac5b4d16bfe/website/content/en/docs/reference/instance-types.md"},{"provider":"HF Spaces/Jobs","family":"a10g-small/large","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"}],"notes":"Karpenter\'s instance-gpu-memory for g5 is 22888 MiB (EC2 API figure), not the 23028 MiB nvidia-smi shows. The NVSMI \'Product Brand\' for A10G is \'NVIDIA RTX\' (https://github.com/NVIDIA/k8s-device-plugin/issues/344, driver 510.85.02)."},{"name":"A16","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":16101933056,"as_printed":"15356MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"- GPU: NVIDIA A16, 15356 MiB, driver 580.95.05, CUDA 13.0\\" and \\"Hardware: NVIDIA A16, 15,356 MiB, driver `595.71.05`\\" (per GPU; each board enumerates as 4 GPUs)"},"vendor_memory":{"as_printed":"64 GB GDDR6 per board = 4 GPUs x 16 GB, 4 x 200 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":200000000000,"as_printed":"200 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 64 GB GDDR6 per board = 4 GPUs x 16 GB, 4 x 200 GB/s — from general knowledge, no page retrieved","verified":false},"aliases":["NVIDIA A16","NVIDIA-A16"],"cloud_instances":[],"notes":"A catalog entry for \'A16\' should be per-GPU (16 GB class, 15356 MiB with ECC on), not per-board 64 GB. Mainly a VDI card; no cloud label mapping found."},{"name":"A30","architecture":"Ampere","compute_capability":"8.0","memory":{"bytes":25769803776,"as_printed":"24576MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"index, name, memory.total [MiB], driver_version / 0, NVIDIA A30, 24576 MiB, 580.105.08\\""},"vendor_memory":{"as_printed":"24 GB HBM2, 933 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":933000000000,"as_printed":"933 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 24 GB HBM2, 933 GB/s — from general knowledge, no page retrieved","verified":false},"aliases":["NVIDIA A30","NVIDIA-A30"],"cloud_instances":[],"notes":"Older drivers likely reported a smaller total (A100/V100 pattern) — not observed. No CUDA-total observation found. Compute capability 8.0 (GA100) from general knowledge."},{"name":"A40","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":48305799168,"as_printed":"46068MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"- NVIDIA A40, 46,068 MiB, driver 580.159.04; one CUDA device visible.\\" Also https://github.com/thamada/nvidia-smi/blob/HEAD/nvsim/A40x10_smi.py (\\"|   0  NVIDIA A40  On | ... |       1MiB /  46068MiB |\\", driver 550.127.05 — an nvidia-smi simulator script, weak evidence)"},"vendor_memory":{"as_printed":"48 GB GDDR6, 384-bit","source":"https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md (\'A40 | 48 GB | 696 GB/s\', datasheet https://images.nvidia.cn/content/Solutions/data-center/a40/nvidia-a40-datasheet.pdf not retrieved) and https://huggingface.co/spaces/lambdabrendan/Lambda-LLM-Calculator/blame/main/data/gpu_specs.csv (\'A40 PCIe,GA102,... \\"48 GB, GDDR6, 384 bit\\"\')","verified":true},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":696000000000,"as_printed":"696 GB/s","source":"https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md","verified":true},"aliases":["NVIDIA A40","NVIDIA-A40"],"cloud_instances":[],"notes":"ECC on by default: 49152 MiB physical -> 46068 MiB reported (same as L40/L40S/L20). No CUDA-total observation found."},{"name":"A100 40GB SXM4","architecture":"Ampere","compute_capability":"8.0","memory":{"bytes":42949672960,"as_printed":"40960MiB","basis":"nvidia-smi","source":"https://github.com/Slusheeking/nextgen/blob/HEAD/docs/SYSTEM_HARDWARE.md : \\"|   0  NVIDIA A100-SXM4-40GB          On  |   00000000:07:00.0 Off |  0 |\\" / \\"| N/A   34C    P0             45W /  400W |       1MiB /  40960MiB |\\" (Driver Version: 570.124.06); also https://github.com/modal-labs/modal-client/pull/2797 (\\"- A100 40GB: 40960MiB (42.94 GB)\\")"},"vendor_memory":{"as_printed":"40 GB HBM2e, 5120-bit (NVIDIA\'s datasheet calls the 40GB part HBM2)","source":"https://www.techpowerup.com/gpu-specs/a100-sxm4-40-gb.c3506","verified":true},"cuda_total":{"bytes":42405462016,"as_printed":"Ultralytics 8.4.70 🚀 Python-3.12.13 torch-2.11.0+cu128 CUDA:0 (NVIDIA A100-SXM4-40GB, 40441MiB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":1555000000000,"as_printed":"1555 GB/s","source":"https://www.techpowerup.com/gpu-specs/a100-sxm4-40-gb.c3506 (\'Bandwidth 1,555 GB/s\'); https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md (\'1.55 TB/s\')","verified":true},"aliases":["NVIDIA A100-SXM4-40GB","NVIDIA-A100-SXM4-40GB","nvidia-tesla-a100","a100","A100 40GB","A100"],"cloud_instances":[{"provider":"AWS","family":"p4d (p4d.24xlarge)","source":"https://github.com/aws/karpenter-provider-aws/blob/1d927085dd81a9df9301e613f371dac5b4d16bfe/website/content/en/docs/reference/instance-types.md"},{"provider":"Azure","family":"ND A100 v4 (ND96asr_v4, 8x A100 40GB)","source":"https://github.com/MicrosoftDocs/azure-docs/blob/6acc6f602eef7ac6e3c9512be1877610f66a6f54/articles/virtual-machines/sizes/gpu-accelerated/includes/ndasra100v4-series-summary.md"},{"provider":"GCP","family":"A2 Standard (a2-highgpu-*, a2-megagpu-16g)","source":"https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/1047080375afbb44da4b596be314634e7486af4a/pkg/config/machine_mappings.json"}],"interconnect":{"value":"NVSwitch","source":"NVIDIA HGX platforms connect 8 SXM GPUs through NVSwitch (https://www.nvidia.com/en-us/data-center/hgx/); NCCL enables NVLink SHARP (NVLS) on them for more than 2 GPUs (vllm-project/vllm#9699)","verified":false},"notes":"NVML total by driver era: 39538 MiB (R455, GFD docs example), 40536 MiB (R470, seen for the PCIe card), 40960 MiB (observed with R570 drivers 570.124.06 / 570.211.01). Older drivers reported 40536 MiB for A100 40GB (seen for the PCIe card with driver 470.256.02). CUDA total shrinks with newer driver/CUDA (40514 -> 40441 MiB). Original driver-450-era name was \'A100-SXM4-40GB\' without the \'NVIDIA \' prefix (k8s-device-plugin README example label \'A100-SXM4-40GB\')."},{"name":"A100 40GB PCIe","architecture":"Ampere","compute_capability":"8.0","memory":{"bytes":42949672960,"as_printed":"40960MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"VERIFIED target device: NVIDIA A100-PCIE-40GB, 40,960 MiB, driver 570.211.01\\""},"vendor_memory":{"as_printed":"40 GB HBM2e, 5120-bit","source":"https://huggingface.co/spaces/lambdabrendan/Lambda-LLM-Calculator/blame/main/data/gpu_specs.csv (\'A100 PCIe 40 GB,GA100,\\"Jun 22nd, 2020\\",PCIe 4.0 x16,\\"40 GB, HBM2e, 5120 bit\\"\')","verified":true},"cuda_total":{"bytes":42298832323,"as_printed":"\\"base_current_gpu_type\\": \\"NVIDIA A100-PCIE-40GB\\", \\"base_current_gpu_total_memory\\": 40339.3125","source":"https://huggingface.co/PrunaAI/mattshumer-Llama-3-8B-16K-HQQ-4bit-smashed/blob/521a1ba996efcc53055694ac9f876f5f24a236e3/results.json (PrunaAI benchmark JSON; unit MiB presumed (torch total_memory/2**20))"},"memory_bandwidth":{"bytes_per_second":1555000000000,"as_printed":"1555 GB/s","source":"https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md (\'A100 | 40 GB | 1.55 TB/s\'); the A100 PCIe 40GB shares the 1555 GB/s figure (general knowledge)","verified":true},"aliases":["NVIDIA A100-PCIE-40GB","NVIDIA-A100-PCIE-40GB"],"cloud_instances":[],"notes":"GCP/AWS/Azure A100 40GB offerings are SXM4. Older nvidia-smi showed 40536 MiB (driver 470)."},{"name":"A100 80GB SXM4","architecture":"Ampere","compute_capability":"8.0","memory":{"bytes":85899345920,"as_printed":"81920MiB","basis":"nvidia-smi","source":"https://github.com/modal-labs/modal-client/pull/2797 : \\"- A100 80GB: 81920MiB (85.89 GB)\\" (form factor not stated) + code index: \\"8 x NVIDIA A100-SXM4-80GB, 81920 MiB / Driver 580.159.04\\", \\"NVIDIA A100-SXM4-80GB, 81920, 525.85.12, 8.0, ...\\""},"vendor_memory":{"as_printed":"80 GB HBM2e, 5120-bit","source":"https://glennklockwood.com/garden/processors/A100 (\'80 GB HBM2e (5 stacks) ... 2.039 GB/s [sic, TB/s]\') and https://huggingface.co/spaces/lambdabrendan/Lambda-LLM-Calculator/blame/main/data/gpu_specs.csv (\'A100 SXM4 80 GB ... \\"80 GB, HBM2e, 5120 bit\\"\')","verified":true},"cuda_total":{"bytes":84988133376,"as_printed":"Ultralytics 8.3.235 🚀 Python-3.10.19 torch-2.9.1+cu128 CUDA:0 (NVIDIA A100-SXM4-80GB, 81051MiB)","source":"https://github.com/ultralytics/ultralytics/issues/22877 (2025-12, Linux-5.15, CUDA 12.8, 8 GPUs)"},"memory_bandwidth":{"bytes_per_second":2039000000000,"as_printed":"2039 GB/s","source":"https://glennklockwood.com/garden/processors/A100 (cites NVIDIA A100 datasheet nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf); note https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md lists 1.94 TB/s for \'A100 80GB\' which is the PCIe figure","verified":true},"aliases":["NVIDIA A100-SXM4-80GB","NVIDIA-A100-SXM4-80GB","nvidia-a100-80gb","a100","A100 80GB","A100"],"cloud_instances":[{"provider":"AWS","family":"p4de (p4de.24xlarge)","source":"https://github.com/aws/karpenter-provider-aws/blob/1d927085dd81a9df9301e613f371dac5b4d16bfe/website/content/en/docs/reference/instance-types.md"},{"provider":"Azure","family":"NDm A100 v4 (ND96amsr_A100_v4)","source":"https://github.com/MicrosoftDocs/azure-docs/blob/516167e9147aa3e62d87c7482f93fce32e7abbe9/articles/virtual-machines/sizes/gpu-accelerated/includes/ndma100v4-series-summary.md"},{"provider":"GCP","family":"A2 Ultra (a2-ultragpu-*)","source":"https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/1047080375afbb44da4b596be314634e7486af4a/docs/gpu-support.md"}],"interconnect":{"value":"NVSwitch","source":"NVIDIA HGX platforms connect 8 SXM GPUs through NVSwitch (https://www.nvidia.com/en-us/data-center/hgx/); NCCL enables NVLink SHARP (NVLS) on them for more than 2 GPUs (vllm-project/vllm#9699)","verified":false},"notes":"vLLM/SGLang \'total\' (cudaMemGetInfo) ~79.2 GiB. Karpenter uses a100 for both p4d (40GB) and p4de (80GB) — use instance-gpu-memory to disambiguate."},{"name":"A100 80GB PCIe","architecture":"Ampere","compute_capability":"8.0","memory":{"bytes":85899345920,"as_printed":"81920MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"- GPU observed: `0, NVIDIA A100 80GB PCIe, 81920 MiB, 580.173.02`\\" and \\"Machine NVIDIA A100 80GB PCIe, 81920 MiB, 595.71.05; torch 2.11.0+cu128\\"; Modal: \\"Observed Modal device: `NVIDIA A100 80GB PCIe, 81920 MiB`\\""},"vendor_memory":{"as_printed":"80 GB HBM2e, 5120-bit","source":"https://ai-hpc.github.io/ai-hardware-engineer-roadmap/Phase%205%20-%20Advanced%20Topics%20and%20Specialization/1.%20GPU%20Infrastructure/Nvidia%20GPU/HPC%20Setup/L40S-x12-Inference/01-Hardware-Architecture (\'A100 PCIe | HBM2e | 80 GB | 1,935 GB/s | 5120-bit\'); Azure NC A100 v4: \'NVIDIA A100 PCIe GPUs with 80 GB memory each\'","verified":true},"cuda_total":{"bytes":85096136704,"as_printed":"Ultralytics 8.3.153 🚀 Python-3.11.7 torch-2.6.0+cu124 CUDA:0 (NVIDIA A100 80GB PCIe, 81154MiB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":1935000000000,"as_printed":"1935 GB/s","source":"same ai-hpc page; https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md (\'A100 | 80 GB | 1.94 TB/s\')","verified":true},"aliases":["NVIDIA A100 80GB PCIe","NVIDIA-A100-80GB-PCIe"],"cloud_instances":[{"provider":"Azure","family":"NC A100 v4 (NC24ads/NC48ads/NC96ads_A100_v4)","source":"https://github.com/MicrosoftDocs/azure-docs/blob/101eb7379f1cdd0b53dc2900a8e102f5bf4eba85/articles/virtual-machines/sizes/gpu-accelerated/includes/nca100v4-series-summary.md"}],"notes":"Note the NVML naming style differs from the SXM part: \'NVIDIA A100 80GB PCIe\' vs \'NVIDIA A100-SXM4-80GB\'."},{"name":"A800","architecture":"Ampere","compute_capability":"8.0","memory":{"bytes":85899345920,"as_printed":"81920MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"- GPU: NVIDIA A800-SXM4-80GB, 81920 MiB, driver 580.126.09\\" and \\"name, memory.total [MiB], memory.free [MiB] / NVIDIA A800-SXM4-80GB, 81920 MiB, 81176 MiB\\""},"vendor_memory":{"as_printed":"80 GB HBM2e, ~2039 GB/s (SXM); China-market A100 variant with NVLink reduced to 400 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":2039000000000,"as_printed":"2039 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 80 GB HBM2e, ~2039 GB/s (SXM); China-market A100 variant with NVLink reduced to 400 GB/s — from general knowledge, no page retrieved","verified":false},"aliases":["NVIDIA A800-SXM4-80GB","NVIDIA A800 80GB PCIe","NVIDIA-A800-SXM4-80GB","A800 80GB"],"cloud_instances":[],"interconnect":{"value":"NVSwitch","source":"NVIDIA HGX platforms connect 8 SXM GPUs through NVSwitch (https://www.nvidia.com/en-us/data-center/hgx/); NCCL enables NVLink SHARP (NVLS) on them for more than 2 GPUs (vllm-project/vllm#9699)","verified":false},"notes":"Memory behaviour identical to A100-SXM4-80GB. No CUDA-total observation found."},{"name":"L4","architecture":"Ada Lovelace","compute_capability":"8.9","memory":{"bytes":24152899584,"as_printed":"23034MiB","basis":"nvidia-smi","source":"https://github.com/modal-labs/modal-client/pull/2797 : \\"- L4: 23034MiB (24.15 GB)\\"; plus many identical dumps in the code index, e.g. \\"|   0  NVIDIA L4                      Off | 00000000:00:1E.0 Off |  0 | | N/A   32C    P8  14W / 72W  |      0MiB / 23034MiB |\\" (an AWS lab guide\'s \\"Expected output\\" block, driver 535.129.03; 9 code-index files contain \'23034MiB\')"},"vendor_memory":{"as_printed":"24 GB GDDR6, 192-bit","source":"https://fpsbench.com/compare/gpu/nvidia-l4-vs-nvidia-tesla-m40 (TechPowerUp-style: \'Memory Size 24 GB, Memory Type GDDR6, Memory Bus 192 bit, Bandwidth 300.1 GB/s\'); https://pcpartdb.com/gpus/view/nvidia-l4","verified":true},"cuda_total":{"bytes":23659020288,"as_printed":"Ultralytics 8.4.126 🚀 Python-3.13.15 torch-2.11.0+cu128 CUDA:0 (NVIDIA L4, 22563MiB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":300000000000,"as_printed":"300 GB/s","source":"https://fpsbench.com/compare/gpu/nvidia-l4-vs-nvidia-tesla-m40 (\'300.1 GB/s\'); NVIDIA spec rounds to 300 GB/s","verified":true},"aliases":["NVIDIA L4","NVIDIA-L4","nvidia-l4","l4"],"cloud_instances":[{"provider":"AWS","family":"g6 / gr6 (full L4); g6f / gr6f (fractional L4)","source":"https://github.com/aws/karpenter-provider-aws/blob/1d927085dd81a9df9301e613f371dac5b4d16bfe/website/content/en/docs/reference/instance-types.md"},{"provider":"GCP","family":"G2 (g2-standard-*)","source":"https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/1047080375afbb44da4b596be314634e7486af4a/pkg/config/machine_mappings.json"}],"notes":"The brief\'s example CUDA total \'22.03 GiB\' equals 22563 MiB (newer driver/CUDA 12.8); older stacks report 22693 MiB (22.16 GiB). AWS g6f/gr6f expose fractional L4s (Karpenter instance-gpu-memory 2861-11444 MiB) — treat as separate capacity."},{"name":"L20","architecture":"Ada Lovelace","compute_capability":"8.9","memory":{"bytes":48305799168,"as_printed":"46068MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"| NVIDIA driver | 550.127.08 | | GPU | 8 x NVIDIA L20, 46,068 MiB each |\\" and \\"Hardware: NVIDIA L20, 46068 MiB total, 33459 MiB free\\""},"vendor_memory":{"as_printed":"48 GB GDDR6, 384-bit","source":"https://pcpartdb.com/gpus/compare/nvidia-l4--vs--nvidia-l20 (\'The L20 has 48 GB of GDDR6 memory, with a 2,250 MHz memory clock and a 384 bit interface ... 864 Gb/s [sic]\')","verified":true},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":864000000000,"as_printed":"864 GB/s","source":"https://pcpartdb.com/gpus/compare/nvidia-l4--vs--nvidia-l20","verified":true},"aliases":["NVIDIA L20","NVIDIA-L20"],"cloud_instances":[],"notes":"China-market Ada part. ECC on -> 46068 MiB, ECC off -> 49140 MiB. No CUDA-total observation found."},{"name":"L40","architecture":"Ada Lovelace","compute_capability":"8.9","memory":{"bytes":48305799168,"as_printed":"46068MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"Host: `user-NF5280M6`; 4x NVIDIA L40, 46,068 MiB each; driver `580.173.02`\\" and \\"exactly one NVIDIA L40, 46068 MiB, driver 610.43.02\\""},"vendor_memory":{"as_printed":"48 GB GDDR6 with ECC","source":"https://www.mullet.se/product.html?product_id=355414 (NVIDIA L40/L40S spec table: \'GPU Memory | 48 GB GDDR6 with ECC | Memory Bandwidth | 864GB/s\')","verified":true},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":864000000000,"as_printed":"864 GB/s","source":"https://www.mullet.se/product.html?product_id=355414","verified":true},"aliases":["NVIDIA L40","NVIDIA-L40"],"cloud_instances":[]},{"name":"L40S","architecture":"Ada Lovelace","compute_capability":"8.9","memory":{"bytes":48305799168,"as_printed":"46068MiB","basis":"nvidia-smi","source":"https://github.com/modal-labs/modal-client/pull/2797 : \\"- L40S: 46068MiB (48.30 GB)\\"; code index: \\"TWO = \\\\\\"0, NVIDIA L40S, 46068, 535.161.08\\\\\\\\n1, NVIDIA L40S, 46068, 535.161.08\\\\\\\\n\\\\\\"\\""},"vendor_memory":{"as_printed":"48 GB GDDR6 with ECC","source":"https://www.mullet.se/product.html?product_id=355414; https://www.itcreations.com/nvidia-gpu/nvidia-l40s-gpu-accelerator (\'GPU Memory | 48GB GDDR6 with ECC | Memory Bandwidth | 864GB/s\')","verified":true},"cuda_total":{"bytes":47704965120,"as_printed":"Ultralytics YOLOv8.2.79 🚀 Python-3.8.10 torch-2.2.2+cu121 CUDA:0 (NVIDIA L40S, 45495MiB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":864000000000,"as_printed":"864 GB/s","source":"https://www.mullet.se/product.html?product_id=355414","verified":true},"aliases":["NVIDIA L40S","NVIDIA-L40S","l40s"],"cloud_instances":[{"provider":"AWS","family":"g6e","source":"https://github.com/aws/karpenter-provider-aws/blob/1d927085dd81a9df9301e613f371dac5b4d16bfe/website/content/en/docs/reference/instance-types.md"}],"notes":"One setup guide lists an *expected* \'NVIDIA L40S, 48627MiB\' — not a real dump; ignore."},{"name":"H100 PCIe","architecture":"Hopper","compute_capability":"9.0","memory":{"bytes":85520809984,"as_printed":"81559MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"- GPU: NVIDIA H100 PCIe, 81,559 MiB, driver 595.58.03\\" and \\"- GPU: `NVIDIA H100 PCIe, 81559 MiB, 570.211.01\\""},"vendor_memory":{"as_printed":"80 GB (HBM2e)","source":"https://www.thundercompute.com/blog/nvidia-h100-specs-full-guide (\'The H100 PCIe Product Brief confirms a 350W TDP and memory bandwidth exceeding 2,000 GB/s\'); memory type HBM2e from general knowledge","verified":true},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":2000000000000,"as_printed":"2000 GB/s","source":"https://www.thundercompute.com/blog/nvidia-h100-specs-full-guide (\'exceeding 2,000 GB/s\'; NVIDIA product brief figure is 2,039 GB/s — not retrieved)","verified":true},"aliases":["NVIDIA H100 PCIe","NVIDIA-H100-PCIe"],"cloud_instances":[],"notes":"PCI device id 0x2331 (https://github.com/akash-network/provider-configs/pull/91). Same 81559 MiB total as the SXM part. No CUDA-total observation found (expect ~79.2 GiB like SXM, unverified)."},{"name":"H100 SXM","architecture":"Hopper","compute_capability":"9.0","memory":{"bytes":85520809984,"as_printed":"81559MiB","basis":"nvidia-smi","source":"https://github.com/NVIDIA/nccl/issues/1264 : \\"|   0  NVIDIA H100 80GB HBM3          Off |   00000000:18:00.0 Off |  0 |\\" / \\"| N/A   28C    P0             88W /  700W |       0MiB /  81559MiB |\\" (Driver Version: 550.54.15)"},"vendor_memory":{"as_printed":"80 GB HBM3, 5120-bit","source":"https://glennklockwood.com/garden/processors/h100 (\'80 GB HBM3 (5 stacks) ... 3.35 TB/s (max)\'); https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md (\'H100 | 80 GB | 3.35 TB/s\', datasheet https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet)","verified":true},"cuda_total":{"bytes":85061827297,"as_printed":"INFO 12-13 19:54:18 worker.py:243] total_gpu_memory     79.22GiB","source":"https://github.com/vllm-project/vllm/pull/10511 (2024-12; GPU not named in the excerpt (same author/setup as #12126))"},"memory_bandwidth":{"bytes_per_second":3350000000000,"as_printed":"3350 GB/s","source":"https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md; http://m.anandtech.com/Show/Index/21136?cPage=2&all=False&sort=0&page=1&slug=nvidia-at-sc23-h200-accelerator-with-hbm3e-and-jupiter-supercomputer-for-2024 (\'Memory Bandwidth ... 3.35TB/sec\', 5120-bit)","verified":true},"aliases":["NVIDIA H100 80GB HBM3","NVIDIA-H100-80GB-HBM3","nvidia-h100-80gb","nvidia-h100-mega-80gb","h100","H100","H100 80GB"],"cloud_instances":[{"provider":"AWS","family":"p5 (p5.4xlarge, p5.48xlarge)","source":"https://github.com/aws/karpenter-provider-aws/blob/1d927085dd81a9df9301e613f371dac5b4d16bfe/website/content/en/docs/reference/instance-types.md"},{"provider":"Azure","family":"ND H100 v5 (ND96isr_H100_v5)","source":"https://github.com/MicrosoftDocs/azure-docs/blob/2467ea47d4add14581281a2cdfe500d4b00d1ec4/articles/virtual-machines/sizes/gpu-accelerated/includes/ndh100v5-series-summary.md (\'eight NVIDIA H100 Tensor Core GPUs\', NVLink 4.0); https://huggingface.co/docs/microsoft-azure/azure-ai/hardware (\'Standard_ND96isr_H100_v5 | NVIDIA H100 80GB | 8\')"},{"provider":"GCP","family":"A3 High / A3 Edge (a3-highgpu-*), A3 Mega (a3-megagpu-8g)","source":"https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/1047080375afbb44da4b596be314634e7486af4a/pkg/config/machine_mappings.json"}],"interconnect":{"value":"NVSwitch","source":"NVIDIA HGX platforms connect 8 SXM GPUs through NVSwitch (https://www.nvidia.com/en-us/data-center/hgx/); NCCL enables NVLink SHARP (NVLS) on them for more than 2 GPUs (vllm-project/vllm#9699)","verified":false},"notes":"PCI device id 0x2330 (code index: \'NVIDIA H100 80GB HBM3, 81559, 550.54.15, 0x233010DE\'). 81559 MiB = 85,520,809,984 bytes. cudaMemGetInfo total (what vLLM/SGLang use) = 79.22 GiB. Karpenter\'s 81920 is the EC2 API figure."},{"name":"H100 NVL","architecture":"Hopper","compute_capability":"9.0","memory":{"bytes":100485038080,"as_printed":"95830MiB","basis":"nvidia-smi","source":"https://github.com/NVIDIA/gpu-admin-tools/issues/4 : \\"|   0  NVIDIA H100 NVL                Off | 00000000:4E:00.0 Off |  0 |\\" / \\"| N/A   37C    P0              69W / 400W |      0MiB / 95830MiB |\\" (Driver Version: 535.183.01)"},"vendor_memory":{"as_printed":"94 GB HBM3","source":"https://www.thundercompute.com/blog/nvidia-h100-specs-full-guide (\'It provides 94 GB HBM3 per GPU at 3.9 TB/s\'); Azure NCads H100 v5: \'up to 2 NVIDIA H100 NVL GPUs with 94GB memory each\'","verified":true},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":3900000000000,"as_printed":"3900 GB/s","source":"https://www.thundercompute.com/blog/nvidia-h100-specs-full-guide","verified":true},"aliases":["NVIDIA H100 NVL","NVIDIA-H100-NVL"],"cloud_instances":[{"provider":"Azure","family":"NCads H100 v5 (NC40ads_H100_v5, NC80adis_H100_v5)","source":"https://github.com/MicrosoftDocs/azure-docs/blob/21f95353fb0626f9502f45646d1662890aa47eed/articles/virtual-machines/sizes/gpu-accelerated/includes/ncadsh100v5-series-summary.md (\'powered by NVIDIA H100 NVL GPU ... up to 2 NVIDIA H100 NVL GPUs with 94GB memory each\')"}],"notes":"PCI device id 0x2321 (https://github.com/akash-network/provider-configs/pull/91: \'NVIDIA H100 NVL, 0x232110DE\'). Sold as NVLink-bridged pairs; each GPU is its own 94 GB device. Note https://huggingface.co/docs/microsoft-azure/azure-ai/hardware labels NC40ads_H100_v5 as \'H100 80GB\', contradicting Microsoft\'s own series page."},{"name":"H800","architecture":"Hopper","compute_capability":"9.0","memory":{"bytes":85520809984,"as_printed":"81559MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"* GPU: NVIDIA H800, 81,559 MiB, driver `570.124.06`\\" and \\"dgx-09 / ... / NVIDIA H800, 81559 MiB, 570.158.01\\""},"vendor_memory":{"as_printed":"80 GB","source":"https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md (\'H800 | 80 GB | 3.35 TB/s\', datasheet link https://chaoqing-i.com/upload/20231128/NVIDIA%20H800%20GPU%20Datasheet.pdf — reseller-hosted, not retrieved)","verified":true},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":3350000000000,"as_printed":"3350 GB/s","source":"https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md (SXM figure)","verified":true},"aliases":["NVIDIA H800","NVIDIA-H800"],"cloud_instances":[],"interconnect":{"value":"NVSwitch","source":"NVIDIA HGX platforms connect 8 SXM GPUs through NVSwitch (https://www.nvidia.com/en-us/data-center/hgx/); NCCL enables NVLink SHARP (NVLS) on them for more than 2 GPUs (vllm-project/vllm#9699)","verified":false},"notes":"China-market H100 SXM variant (reduced NVLink); memory identical to H100 SXM. An \'H800 PCIe\' exists (name not observed this session). One report: \'8× NVIDIA H800, 81.6 GB VRAM each\'."},{"name":"H20","architecture":"Hopper","compute_capability":"9.0","memory":{"bytes":102625181696,"as_printed":"97871MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"- Host GPU: 8 × NVIDIA H20, 97,871 MiB each - NVIDIA driver: 535.161.08\\" and \\"| GPU | 1 × NVIDIA H20, 97,871 MiB | NVIDIA driver | 550.144.03 |\\""},"vendor_memory":{"as_printed":"96 GB HBM3","source":"https://www.tweaktown.com/news/95224/nvidias-tweaked-h20-ai-gpu-enters-mass-production-in-q2-2024-destined-for-china/index.html (\'96GB of HBM3 memory with up to 4.0TB/sec of memory bandwidth\')","verified":true},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":4000000000000,"as_printed":"4000 GB/s","source":"same TweakTown article; also https://tweakers.net/nieuws/215984/nvidia-stelt-release-ai-chip-voor-chinese-markt-uit-naar-begin-2024.html (\'96GB HBM3 ... 4TB/s\')","verified":true},"aliases":["NVIDIA H20","NVIDIA-H20"],"cloud_instances":[],"interconnect":{"value":"NVSwitch","source":"NVIDIA HGX platforms connect 8 SXM GPUs through NVSwitch (https://www.nvidia.com/en-us/data-center/hgx/); NCCL enables NVLink SHARP (NVLS) on them for more than 2 GPUs (vllm-project/vllm#9699)","verified":false},"notes":"A 141GB HBM3e H20 variant is referenced in some catalogs (\'NVIDIA_H20_SXM5_141GB\', code index) — not verified; this record is the 96GB part. Same 97871 MiB total as GH200 480GB (96GB HBM3)."},{"name":"H200","architecture":"Hopper","compute_capability":"9.0","memory":{"bytes":150754820096,"as_printed":"143771MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"gpu: 8 x NVIDIA H200, 143771 MiB each\\" and \\"index, name, memory.total [MiB], memory.used [MiB] / 0, NVIDIA H200, 143771 MiB, 1 MiB\\""},"vendor_memory":{"as_printed":"141 GB HBM3e, 6144-bit","source":"http://m.anandtech.com/Show/Index/21136?cPage=2&all=False&sort=0&page=1&slug=nvidia-at-sc23-h200-accelerator-with-hbm3e-and-jupiter-supercomputer-for-2024 (NVIDIA SC23 table: \'VRAM 141GB\', \'Memory Bus Width 6144-bit\', \'Memory Bandwidth 4.8TB/sec\'); https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md","verified":true},"cuda_total":{"bytes":150109945856,"as_printed":"Ultralytics 8.4.115 🚀 Python-3.12.3 torch-2.11.0+cu128 CUDA:0 (NVIDIA H200, 143156MiB)","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable"},"memory_bandwidth":{"bytes_per_second":4800000000000,"as_printed":"4800 GB/s","source":"http://m.anandtech.com/Show/Index/21136?cPage=2&all=False&sort=0&page=1&slug=nvidia-at-sc23-h200-accelerator-with-hbm3e-and-jupiter-supercomputer-for-2024","verified":true},"aliases":["NVIDIA H200","NVIDIA-H200","nvidia-h200-141gb","h200","H200 SXM","H200 141GB"],"cloud_instances":[{"provider":"AWS","family":"p5e, p5en (p5e.48xlarge, p5en.48xlarge)","source":"https://github.com/aws/karpenter-provider-aws/blob/1d927085dd81a9df9301e613f371dac5b4d16bfe/website/content/en/docs/reference/instance-types.md"},{"provider":"GCP","family":"A3 Ultra (a3-ultragpu-8g)","source":"https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/1047080375afbb44da4b596be314634e7486af4a/pkg/config/machine_mappings.json; https://github.com/GoogleCloudPlatform/cluster-toolkit/discussions/3478 (\'A3 Ultra machine type ... 8 NVIDIA H200 GPUs\')"}],"interconnect":{"value":"NVSwitch","source":"NVIDIA HGX platforms connect 8 SXM GPUs through NVSwitch (https://www.nvidia.com/en-us/data-center/hgx/); NCCL enables NVLink SHARP (NVLS) on them for more than 2 GPUs (vllm-project/vllm#9699)","verified":false},"notes":"PCI device id 0x2335; nvidia-smi -q \'Product Name : NVIDIA H200\', \'Product Architecture : Hopper\' (https://github.com/NVIDIA/mig-parted/issues/120). CUDA total ~139.8 GiB. Azure ND H200 v5 exists but was not verified this session."},{"name":"H200 NVL","architecture":"Hopper","compute_capability":"9.0","memory":{"bytes":150754820096,"as_printed":"143771MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"| GPU | 2× NVIDIA H200 NVL, 143,771 MiB each | Form factor | NVL (PCIe)\\" and expected-output \\"NVIDIA H200 NVL, 143771 MiB\\""},"vendor_memory":{"as_printed":"141 GB HBM3e, 4.8 TB/s (same memory as H200 SXM; PCIe card, lower TDP)","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":4800000000000,"as_printed":"4800 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 141 GB HBM3e, 4.8 TB/s (same memory as H200 SXM; PCIe card, lower TDP) — from general knowledge, no NVL spec page retrieved","verified":false},"aliases":["NVIDIA H200 NVL","NVIDIA-H200-NVL"],"cloud_instances":[],"notes":"MIG support added in mig-parted (https://github.com/NVIDIA/mig-parted/pull/146). Driver seen: 580.178.04."},{"name":"GH200 96GB","architecture":"Hopper","compute_capability":"9.0","memory":{"bytes":102625181696,"as_printed":"97871MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"- `nvidia-smi` reports `NVIDIA GH200 480GB, 97871 MiB`.\\" and \\"| GPU | NVIDIA GH200 480GB, 97,871 MiB. Python 3.10.12, torch 2.7.0, CUDA 12.8, aarch64.\\""},"vendor_memory":{"as_printed":"96 GB HBM3 (GPU) + 480 GB LPDDR5X (CPU)","source":"https://spheron.network/blog/nvidia-gh200-guide (\'96 GB of HBM3 on the GPU side and 480 GB of LPDDR5X on the CPU side\'); https://nishikiout.net/entry/2023/08/09/143040 (\'96GB HBM3@4TB/s\')","verified":true},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":4000000000000,"as_printed":"4000 GB/s","source":"https://nishikiout.net/entry/2023/08/09/143040 (\'96GB HBM3@4TB/s\')","verified":true},"aliases":["NVIDIA GH200 480GB","NVIDIA-GH200-480GB","GH200"],"cloud_instances":[],"notes":"The NVML name encodes CPU+GPU memory (\'480GB\'), not GPU memory — do not parse it as GPU capacity. PCI id 2342 (code index pci.ids excerpt). The GPU can also reach CPU LPDDR5X over NVLink-C2C (unified memory), which vLLM does not count in its total by default."},{"name":"GH200 144GB","architecture":"Hopper","compute_capability":"9.0","memory":{"bytes":153963462656,"as_printed":"146831MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"NVIDIA-SMI 580.173.02   Driver Version: 580.173.02   CUDA Version: 13.0 / 0, NVIDIA GH200 144G HBM3e, 580.173.02, 146831 MiB, 9.0\\""},"vendor_memory":{"as_printed":"144 GB HBM3e (NVML name \'144G HBM3e\'); Aug-2023 announcement said 141GB HBM3e @ 5 TB/s (https://nishikiout.net/entry/2023/08/09/143040)","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":5000000000000,"as_printed":"5000 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 144 GB HBM3e (NVML name \'144G HBM3e\'); Aug-2023 announcement said 141GB HBM3e @ 5 TB/s (https://nishikiout.net/entry/2023/08/09/143040) — shipping capacity/bandwidth not confirmed from an NVIDIA page this session","verified":false},"aliases":["NVIDIA GH200 144G HBM3e","NVIDIA-GH200-144G-HBM3e"],"cloud_instances":[],"notes":"PCI device id 0x2348 (https://github.com/NVIDIA/mig-parted/pull/139 \'Add GH200 144G HBM3e (x234810DE)\'). 146831 MiB = 143.4 GiB. No CUDA-total observation found."},{"name":"B200","architecture":"Blackwell","compute_capability":"10.0","memory":{"bytes":192265846784,"as_printed":"183359MiB","basis":"nvidia-smi","source":"https://github.com/NVIDIA/TensorRT-LLM/issues/10278 : \\"|   0  NVIDIA B200                    On  |   00000000:05:00.0 Off |  0 |\\" / \\"| N/A   33C    P0            192W / 1000W |  166593MiB / 183359MiB |\\" (Driver Version: 580.95.05)"},"vendor_memory":{"as_printed":"180 GB HBM3e per GPU (HGX/DGX B200: 8 x 180 GB = 1.44 TB); early marketing said 192 GB","source":"https://www.server-parts.eu/post/nvidia-b200-gb200-blackwell-gpu-server-comparison (\'B200 GPU | 180GB HBM3e per GPU | Up to 8TB/s per GPU\'; \'HGX B200 | 8 × 180GB, 1.44TB total\'); https://github.com/huggingface/huggingface.js/pull/1539 (\'The VRAM per GPU most commonly advertised by datacenters is 180GB, but some sources (like https://www.techpowerup.com/gpu-specs/b200-sxm-192-gb.c4210) list the theoretical value at 192GB\')","verified":true},"cuda_total":{"bytes":191501854310,"as_printed":"=== Device 0: NVIDIA B200 === Memory Bus Width: 7680 bits Total Global Memory: 178.35 GB L2 Cache Size: 126.50 MB Compute Capability: 10.0 ... ECC Enabled: Yes","source":"https://github.com/pytorch/ao/pull/4002 (cudaGetDeviceProperties totalGlobalMem / 2**30 (printed as \'GB\'); 2026-03)"},"memory_bandwidth":{"bytes_per_second":8000000000000,"as_printed":"8000 GB/s","source":"https://www.server-parts.eu/post/nvidia-b200-gb200-blackwell-gpu-server-comparison; https://docs.vultr.com/inference-cookbook/cuda/getting-started/hardware-overview (\'Memory Bandwidth | 8.0 TB/s\')","verified":true},"aliases":["NVIDIA B200","NVIDIA-B200","nvidia-b200","b200"],"cloud_instances":[{"provider":"AWS","family":"p6-b200 (p6-b200.48xlarge)","source":"https://github.com/aws/karpenter-provider-aws/blob/1d927085dd81a9df9301e613f371dac5b4d16bfe/website/content/en/docs/reference/instance-types.md"},{"provider":"GCP","family":"A4 (a4-highgpu-8g)","source":"https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/1047080375afbb44da4b596be314634e7486af4a/pkg/config/machine_mappings.json"}],"interconnect":{"value":"NVSwitch","source":"NVIDIA HGX platforms connect 8 SXM GPUs through NVSwitch (https://www.nvidia.com/en-us/data-center/hgx/); NCCL enables NVLink SHARP (NVLS) on them for more than 2 GPUs (vllm-project/vllm#9699)","verified":false},"notes":"183359 MiB = 179.06 GiB (Vultr\'s HGX B200 page: \'VRAM 179 GB HBM3e\'). pytorch/ao PR 4002 reports the driver-reported bus width is 7680 bits => effective peak ~7.67 TB/s rather than 8 TB/s. MIG 1g.23gb profile = 22.00 GiB (https://github.com/NVIDIA/mig-parted/pull/166)."},{"name":"GB200","architecture":"Blackwell","compute_capability":"10.0","memory":{"bytes":198674743296,"as_printed":"189471MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"- 4 x NVIDIA GB200, 189471 MiB each - NVIDIA driver 580.105.08 - CUDA 13.0\\" and \\"**GPU:** NVIDIA GB200, 189471 MiB (~185 GiB) ×4 per node (1 GPU used), driver 590.48\\""},"vendor_memory":{"as_printed":"~186 GB HBM3e per GPU (GB200 NVL72: ~13.4-13.5 TB HBM3e / 72 GPUs), 8 TB/s per GPU","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":8000000000000,"as_printed":"8000 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: ~186 GB HBM3e per GPU (GB200 NVL72: ~13.4-13.5 TB HBM3e / 72 GPUs), 8 TB/s per GPU — general knowledge; https://github.com/astroC86/gpu-datasheet/blob/01ede5fe58f95262a77ec9214a53f8b6e6b1eabf/README.md gives only the DGX SuperPOD total (\'GB200 | 13.5 TB\')","verified":false},"aliases":["NVIDIA GB200","NVIDIA-GB200","nvidia-gb200"],"cloud_instances":[{"provider":"GCP","family":"A4X (a4x-highgpu-4g)","source":"https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/1047080375afbb44da4b596be314634e7486af4a/pkg/config/machine_mappings.json"}],"interconnect":{"value":"NVSwitch","source":"NVIDIA HGX platforms connect 8 SXM GPUs through NVSwitch (https://www.nvidia.com/en-us/data-center/hgx/); NCCL enables NVLink SHARP (NVLS) on them for more than 2 GPUs (vllm-project/vllm#9699)","verified":false},"notes":"Per-GPU memory differs from HGX B200 (189471 vs 183359 MiB). Azure ND GB200 v6 / AWS P6e-GB200 exist but were not verified this session."},{"name":"RTX A4000","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":17171480576,"as_printed":"16376MiB","basis":"nvidia-smi","source":"https://huggingface.co/Plasmoxy/flan-t5-small-gigatrue-savetest/blob/acdbff97e87f872f774198a7049435f57cb61d94/nvidia_smi_early.log : \\"| 0 NVIDIA RTX A4000 Off | 00000000:01:00.0 Off | Off |\\" / \\"| 41% 65C P2 139W / 140W | 12057MiB / 16376MiB |\\" (Driver Version: 550.127.08)"},"vendor_memory":{"as_printed":"16 GB GDDR6 with ECC, 256-bit, 448 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":448000000000,"as_printed":"448 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 16 GB GDDR6 with ECC, 256-bit, 448 GB/s — from general knowledge, no page retrieved","verified":false},"aliases":["NVIDIA RTX A4000","NVIDIA-RTX-A4000"],"cloud_instances":[],"notes":"\'Off\' in the ECC column: ECC disabled (default for RTX workstation cards) -> full 16376 MiB. No CUDA-total observation found."},{"name":"RTX A5000","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":25757220864,"as_printed":"24564MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"| GPU | NVIDIA RTX A5000, 24,564 MiB | | Driver | 565.57.01 |\\""},"vendor_memory":{"as_printed":"24 GB GDDR6 with ECC, 384-bit, 768 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":768000000000,"as_printed":"768 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 24 GB GDDR6 with ECC, 384-bit, 768 GB/s — from general knowledge, no page retrieved","verified":false},"aliases":["NVIDIA RTX A5000","NVIDIA-RTX-A5000"],"cloud_instances":[]},{"name":"RTX A6000","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":51527024640,"as_printed":"49140MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"rows_skip=$\'0, NVIDIA H100 PCIe, 81559, 535.309.01\\\\n1, NVIDIA RTX A6000, 49140, 535.309.01\\\\n\'\\" (nvidia-smi CSV captured into a test)"},"vendor_memory":{"as_printed":"48 GB GDDR6, 384-bit","source":"https://huggingface.co/spaces/lambdabrendan/Lambda-LLM-Calculator/blame/main/data/gpu_specs.csv (\'RTX A6000,GA102,\\"Oct 5th, 2020\\",PCIe 4.0 x16,\\"48 GB, GDDR6, 384 bit\\"\')","verified":true},"cuda_total":{"bytes":51034193920,"as_printed":"Ultralytics 8.3.59 🚀 Python-3.10.12 torch-2.3.0a0+40ec155e58.nv24.03 CUDA:0 (NVIDIA RTX A6000, 48670MiB)","source":"https://github.com/ultralytics/ultralytics/issues/19084 (Linux-6.8.0-51, CUDA 12.4, 4 GPUs, 2025-02)"},"memory_bandwidth":{"bytes_per_second":768000000000,"as_printed":"768 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 768 GB/s — from general knowledge","verified":false},"aliases":["NVIDIA RTX A6000","NVIDIA-RTX-A6000"],"cloud_instances":[],"notes":"ECC off (default): 49140 MiB; ECC on: 46068 MiB (same pattern as A40/L40). CUDA total 48670 MiB = 47.53 GiB."},{"name":"RTX 6000 Ada","architecture":"Ada Lovelace","compute_capability":"8.9","memory":{"bytes":51527024640,"as_printed":"49140MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"gpus = probe(\\\\\\"0, NVIDIA RTX 6000 Ada Generation, 49140\\\\\\\\n1, NVIDIA L40S, 46068\\\\\\\\n\\\\\\")\\" (nvidia-smi CSV captured into a test)"},"vendor_memory":{"as_printed":"48 GB GDDR6 ECC","source":"https://store.sourcecode.com/en-us/bg-bucket-compare/125/9820 (reseller comparison listing: \'NVIDIA® RTX 6000 Ada Generation - 48GB GDDR6 ECC - PCIe 4.0 x16\')","verified":true},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":960000000000,"as_printed":"960 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 384-bit, 960 GB/s — from general knowledge","verified":false},"aliases":["NVIDIA RTX 6000 Ada Generation","NVIDIA-RTX-6000-Ada-Generation"],"cloud_instances":[],"notes":"Not to be confused with \'Quadro RTX 6000\' (Turing, 24GB). ECC off -> 49140 MiB. No CUDA-total observation found."},{"name":"RTX PRO 6000","architecture":"Blackwell","compute_capability":"12.0","memory":{"bytes":102641958912,"as_printed":"97887MiB","basis":"nvidia-smi","source":"GitHub code index exact-string search (find_string); the tool does not expose the file URL — value seen in public repo files, not linkable; quoted: \\"Hardware: 8 × RTX PRO 6000 Blackwell Server Edition, 97,887 MiB each, PCIe\\" and \\"name, memory.total [MiB], driver_version / NVIDIA RTX PRO 6000 Blackwell Workstation Edition, 97887 MiB, 596.59\\""},"vendor_memory":{"as_printed":"96 GB GDDR7 ECC, 512-bit","source":"https://store.sourcecode.com/en-us/bg-bucket-compare/125/9820 (\'NVIDIA® RTX PRO 6000 Blackwell Max-Q Workstation Edition - 96GB GDDR7 ECC - PCIe 5.0 x16\'; memory interface column \'512-bit\')","verified":true},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":1792000000000,"as_printed":"1792 GB/s","source":"NVIDIA specification, from general knowledge; no page was retrieved: 1792 GB/s (1.8 TB/s) — from general knowledge (code-index table lists \'1,792 GB/s (1.79 TB/s) | 96 GB GDDR7\')","verified":false},"aliases":["NVIDIA RTX PRO 6000 Blackwell Server Edition","NVIDIA RTX PRO 6000 Blackwell Workstation Edition","NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition","NVIDIA-RTX-PRO-6000-Blackwell-Server-Edition","NVIDIA-RTX-PRO-6000-Blackwell-Workstation-Edition","nvidia-rtx-pro-6000","rtx-pro-server-6000","RTX PRO 6000 Blackwell"],"cloud_instances":[{"provider":"AWS","family":"g7e","source":"https://github.com/aws/karpenter-provider-aws/blob/1d927085dd81a9df9301e613f371dac5b4d16bfe/website/content/en/docs/reference/instance-types.md"},{"provider":"GCP","family":"G4 (g4-standard-*; also Colab \'G4\')","source":"https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/1047080375afbb44da4b596be314634e7486af4a/pkg/config/machine_mappings.json"}],"notes":"4 x 97887 = 391548 MiB matches a code-index note \'Aggregate reported VRAM | 391,548 MiB\'. Karpenter/EC2 report 98304 MiB for g7e."},{"name":"RTX 3070 16GB","architecture":"Ampere","compute_capability":"8.6","memory":{"bytes":16000000000,"as_printed":"16 GB","basis":"vendor","source":"the seed calculator\'s card table (shared/seed): \'RTX 3070 | 8 / 16\'"},"vendor_memory":{"as_printed":"16 GB","source":"the seed calculator\'s card table","verified":false},"cuda_total":null,"memory_bandwidth":{"bytes_per_second":448000000000,"as_printed":"448 GB/s","source":"same GA104 256-bit GDDR6 bus as the RTX 3070 8GB, from general knowledge","verified":false},"aliases":[],"cloud_instances":[],"notes":"Kept because the seed lists it. NVIDIA announced no 16 GB RTX 3070 (a rumoured part was reported cancelled in 2020: PC Gamer, Wccftech); 16 GB cards that exist are memory-swap mods."}]}');
;// CONCATENATED MODULE: ./src/core/suggest.ts
// "Did you mean" suggestions: edit distance over normalised spellings.
/** Lower-case and drop everything but letters and digits: "NVIDIA A100-SXM4-80GB" → "nvidiaa100sxm480gb". */
function normalizeName(text) {
    return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}
function editDistance(a, b) {
    if (a === b)
        return 0;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The candidates closest to `input`, best first: a candidate that contains the input (or is
 * contained in it) ranks first, then by edit distance, within a distance that scales with length.
 */
function closest(input, candidates, limit = 3) {
    const wanted = normalizeName(input);
    if (!wanted)
        return [];
    const scored = [];
    const seen = new Set();
    for (const candidate of candidates) {
        if (seen.has(candidate))
            continue;
        seen.add(candidate);
        const norm = normalizeName(candidate);
        if (!norm)
            continue;
        const distance = editDistance(wanted, norm);
        const contains = norm.includes(wanted) || wanted.includes(norm);
        const budget = Math.max(2, Math.floor(Math.max(wanted.length, norm.length) / 3));
        if (contains && Math.min(wanted.length, norm.length) >= 2)
            scored.push({ candidate, score: distance / 100 });
        else if (distance <= budget)
            scored.push({ candidate, score: distance });
    }
    scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
    return scored.slice(0, limit).map((s) => s.candidate);
}
function didYouMean(suggestions) {
    if (suggestions.length === 0)
        return '';
    return ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?`;
}

;// CONCATENATED MODULE: ./src/catalog/gpus.ts
// The GPU catalog (catalog/gpus.json) and name lookup. Names resolve case- and
// punctuation-insensitively, with or without vendor prefixes, so nvidia-smi product names,
// GPU feature discovery labels and cloud accelerator labels all find the same card.


const GPUS = gpus_namespaceObject.a;
const VENDOR_WORDS = ['nvidia', 'tesla', 'geforce', 'quadro'];
/** "NVIDIA-Tesla-T4" → "t4": normalised, vendor words removed from the front. */
function gpuKey(name) {
    let key = normalizeName(name);
    for (let changed = true; changed;) {
        changed = false;
        for (const word of VENDOR_WORDS) {
            if (key.startsWith(word) && key.length > word.length) {
                key = key.slice(word.length);
                changed = true;
            }
        }
    }
    return key;
}
function buildIndex(key) {
    const index = new Map();
    for (const gpu of GPUS) {
        for (const alias of [gpu.name, ...gpu.aliases]) {
            const list = index.get(key(alias)) ?? [];
            if (!list.includes(gpu))
                list.push(gpu);
            index.set(key(alias), list);
        }
    }
    return index;
}
// Exact spellings first (GKE's "nvidia-tesla-a100" means the 40 GB card), then without vendor words.
const EXACT = buildIndex(normalizeName);
const LOOSE = buildIndex(gpuKey);
function findGpu(name) {
    const exact = EXACT.get(normalizeName(name)) ?? [];
    const hits = exact.length === 1 ? exact : (LOOSE.get(gpuKey(name)) ?? []);
    if (hits.length === 1)
        return { gpu: hits[0] };
    if (hits.length > 1) {
        const names = hits.map((g) => g.name);
        return { error: `GPU "${name}" is ambiguous: it could be ${names.join(' or ')}.${didYouMean(names)}`, suggestions: names, ambiguous: true };
    }
    const suggestions = closest(name, GPUS.map((g) => g.name), 3);
    return {
        error: `GPU "${name}" is not in the catalog.${didYouMean(suggestions)} For another card, write gpu: {name: ${JSON.stringify(name)}, memory: "<size> GiB"}.`,
        suggestions,
    };
}
function gpuByName(name) {
    return GPUS.find((g) => g.name === name);
}
/**
 * nvidia-smi's total less what CUDA reports, on catalog cards where both were observed: the
 * driver's reservation. Its median stands in for cards with no CUDA observation.
 */
const MEDIAN_DRIVER_RESERVATION_BYTES = (() => {
    const gaps = GPUS.filter((g) => g.cuda_total && g.memory.basis === 'nvidia-smi')
        .map((g) => g.memory.bytes - g.cuda_total.bytes)
        .sort((a, b) => a - b);
    return gaps.length === 0 ? 0 : gaps[Math.floor(gaps.length / 2)];
})();
/** What CUDA reports as the card's total: observed, or estimated from nvidia-smi's total. */
function cudaTotal(gpu) {
    if (gpu.cuda_total)
        return { bytes: gpu.cuda_total.bytes, observed: true };
    return { bytes: Math.max(0, gpu.memory.bytes - MEDIAN_DRIVER_RESERVATION_BYTES), observed: false };
}
/** A catalog card as the estimator sees it. */
function toGpu(gpu) {
    return {
        name: gpu.name,
        memoryBytes: gpu.memory.bytes,
        cudaTotalBytes: cudaTotal(gpu).bytes,
        architecture: gpu.architecture,
        computeCapability: gpu.compute_capability,
        interconnect: gpu.interconnect?.value,
    };
}

;// CONCATENATED MODULE: ./catalog/models/deepseek.json
const deepseek_namespaceObject = /*#__PURE__*/JSON.parse('{"family":"deepseek","description":"config.json facts of catalog models (Hugging Face names, values as published) and published parameter totals; `verified` is false where the config was rebuilt from secondary copies (see notes).","models":[{"id":"deepseek-ai/DeepSeek-V2-Lite","aliases":["deepseek-ai/DeepSeek-V2-Lite-Chat"],"config_source":"https://huggingface.co/deepseek-ai/DeepSeek-V2-Lite/blob/main/config.json","config":{"model_type":"deepseek_v2","architectures":["DeepseekV2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":102400,"hidden_size":2048,"intermediate_size":10944,"num_hidden_layers":27,"num_attention_heads":16,"num_key_value_heads":16,"tie_word_embeddings":false,"max_position_embeddings":163840,"hidden_act":"silu","attention_bias":false,"q_lora_rank":null,"kv_lora_rank":512,"qk_rope_head_dim":64,"qk_nope_head_dim":128,"v_head_dim":128,"n_routed_experts":64,"n_shared_experts":2,"moe_intermediate_size":1408,"first_k_dense_replace":1,"moe_layer_freq":1,"num_experts_per_tok":6,"topk_method":"greedy","n_group":1,"topk_group":1,"scoring_func":"softmax","norm_topk_prob":false,"routed_scaling_factor":1,"rope_theta":10000,"rope_scaling":{"beta_fast":32,"beta_slow":1,"factor":40,"mscale":0.707,"mscale_all_dim":0.707,"original_max_position_embeddings":4096,"type":"yarn"}},"parameters":{"published":15706484224,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"model.safetensors.index.json total_size 31,412,968,448 bytes (quoted in find_string hit id 69506398894) / 2 = 15,706,484,224; the same integer is the HF safetensors total listed for both DeepSeek-V2-Lite and DeepSeek-V2-Lite-Chat (find_string hit id 69468411049, HF-API audit table) and the summed tensor count of the V2-Lite-Chat shards (hit id 62526029280). Model card: \'16B total params, 2.4B active params\'. My config-derived count also gives exactly 15,706,484,224."},"verified":true,"notes":"MLA without query compression (q_lora_rank null -> full q_proj hidden->16*192). KV cache per token per layer = kv_lora_rank + qk_rope_head_dim = 576 values (num_key_value_heads=16 is nominal). Layer 0 dense MLP (10944); layers 1-26 MoE with 64 routed experts (1408) + 2 shared experts (fused as one 2816-wide MLP); no e_score_correction_bias (greedy softmax routing). max_position_embeddings 163840 in config although the card advertises 32k context. tie_word_embeddings: the mlc-llm copy omits the key (it strips some keys), the loaded config shows false, and the checkpoint stores a separate lm_head.weight, so weights are untied either way. Chat variant has identical shapes and identical HF total."},{"id":"deepseek-ai/DeepSeek-V2-Chat","aliases":["deepseek-ai/DeepSeek-V2","deepseek-ai/DeepSeek-V2-Chat-0628","deepseek-ai/DeepSeek-V2.5","deepseek-ai/DeepSeek-V2.5-1210"],"config_source":"https://huggingface.co/deepseek-ai/DeepSeek-V2-Chat/blob/main/config.json","config":{"model_type":"deepseek_v2","architectures":["DeepseekV2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":102400,"hidden_size":5120,"intermediate_size":12288,"num_hidden_layers":60,"num_attention_heads":128,"num_key_value_heads":128,"tie_word_embeddings":false,"max_position_embeddings":163840,"hidden_act":"silu","attention_bias":false,"q_lora_rank":1536,"kv_lora_rank":512,"qk_rope_head_dim":64,"qk_nope_head_dim":128,"v_head_dim":128,"n_routed_experts":160,"n_shared_experts":2,"moe_intermediate_size":1536,"first_k_dense_replace":1,"moe_layer_freq":1,"num_experts_per_tok":6,"topk_method":"group_limited_greedy","n_group":8,"topk_group":3,"scoring_func":"softmax","norm_topk_prob":false,"routed_scaling_factor":16,"rope_theta":10000,"rope_scaling":{"beta_fast":32,"beta_slow":1,"factor":40,"mscale":0.707,"mscale_all_dim":0.707,"original_max_position_embeddings":4096,"type":"yarn"}},"parameters":{"published":235741434880,"basis":"HF safetensors parameter total (API); equals config-derived count","source":"235,741,434,880 listed as the HF safetensors total for deepseek-ai/DeepSeek-V2, -V2-Chat, -V2-Chat-0628, -V2.5, -V2.5-1210 (find_string hit id 69468411049, audit table of HF-API totals); a parameter-ledger test asserts \'total == 235_741_434_880  # equals the Hugging Face safetensors parameter count\' (hit id 71229098065). Model card: 236B total, 21B activated. My config-derived count: 235,741,434,880."},"verified":true,"notes":"Config shown is DeepSeek-V2 / V2-Chat (rope mscale 0.707). DeepSeek-V2.5 (and -1210) have the same tensor shapes and the same HF total but rope_scaling mscale/mscale_all_dim = 1.0 (does not affect memory). MLA with q_lora_rank 1536; KV cache per token per layer = 512+64 = 576 values. Layer 0 dense (12288); layers 1-59 MoE: 160 routed experts (1536) + 2 shared; no e_score bias. All weights BF16 (no quantization_config). \'num_experts_per_tok\' 6 active routed experts; ~21B active per card."},{"id":"deepseek-ai/DeepSeek-V3","aliases":["deepseek-ai/DeepSeek-V3-0324"],"config_source":"https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json","config":{"model_type":"deepseek_v3","architectures":["DeepseekV3ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":129280,"hidden_size":7168,"intermediate_size":18432,"num_hidden_layers":61,"num_attention_heads":128,"num_key_value_heads":128,"tie_word_embeddings":false,"max_position_embeddings":163840,"hidden_act":"silu","attention_bias":false,"q_lora_rank":1536,"kv_lora_rank":512,"qk_rope_head_dim":64,"qk_nope_head_dim":128,"v_head_dim":128,"n_routed_experts":256,"n_shared_experts":1,"moe_intermediate_size":2048,"first_k_dense_replace":3,"moe_layer_freq":1,"num_experts_per_tok":8,"topk_method":"noaux_tc","n_group":8,"topk_group":4,"scoring_func":"sigmoid","norm_topk_prob":true,"routed_scaling_factor":2.5,"num_nextn_predict_layers":1,"rope_theta":10000,"rope_scaling":{"beta_fast":32,"beta_slow":1,"factor":40,"mscale":1,"mscale_all_dim":1,"original_max_position_embeddings":4096,"type":"yarn"},"quantization_config":{"activation_scheme":"dynamic","fmt":"e4m3","quant_method":"fp8","weight_block_size":[128,128]}},"parameters":{"published":684531386000,"basis":"HF safetensors parameter total (API / HF page \'Model size 685B params\'); includes MTP layer and FP8 scale tensors","source":"684,531,386,000 is the HF safetensors total for deepseek-ai/DeepSeek-V3 and -V3-0324 (find_string hit id 69468411049, audit table of HF-API totals; also used as \'measured_total\' for DeepSeek-V3 in several estimator test suites, e.g. hit ids 66473185828, 59687451632). HF page shows \'Model size 685B params\'. Model card: 671B total / 37B activated; the card says the HF total 685B = 671B main + 14B MTP. Repo weight files total 688,586,727,753 bytes (hit id 59118868630).","not_loaded":{"MTP module model.layers.61 (num_nextn_predict_layers: 1), loaded only for speculative decoding":13463426304,"FP8 weight_scale_inv elements (one float32 per 128x128 block)":41540496}},"verified":true,"notes":"MTP accounting (config-derived, exact): main model (embed + 61 layers + final norm + lm_head) = 671,026,419,200 params; the MTP module stored as model.layers.61.* = 13,463,426,304 params, i.e. one full MoE decoder layer (11,507,286,272) + eh_proj 2*7168*7168 (102,760,448) + enorm/hnorm/shared_head.norm + its OWN stored copies of embed_tokens and shared_head.head (926,679,040 each; README_WEIGHTS says these \'share parameters\' with the main model, but the safetensors files store them again). README_WEIGHTS.md: \'Total parameters: 671B\' (main) and \'MTP: 11.5B unique parameters (excluding the shared 0.9B Embedding and 0.9B output Head)\'. The HF-page \'685B\' = 671,026,419,200 + 13,463,426,304 + 41,540,496 FP8 block-scale elements (weight_scale_inv, F32, one per 128x128 block) = 684,531,386,000 exactly, i.e. it INCLUDES the MTP layer (incl. duplicated embed/head) and counts the scale tensors. A server that does not load MTP (no speculative decoding) holds 671.03B params. Storage: linear weights in attention/MLP/experts are F8_E4M3 (1 byte/param; 680,571,043,840 such params incl. MTP); embed_tokens, lm_head, norms, router gate weights (and eh_proj) are BF16; e_score_correction_bias (256 per MoE layer) and weight_scale_inv are F32. Byte sum of this layout = 688,574,839,360 B; the published repo file total is 688,586,727,753 B (difference = safetensors headers). Active per token (main model, per README_WEIGHTS) 36.6B incl. 0.9B output head (37B marketing). Routed experts only in layers 3..60 (first_k_dense_replace=3, moe_layer_freq=1); layers 0-2 use the dense intermediate_size 18432. e_score_correction_bias is an extra F32 tensor per MoE layer (topk_method noaux_tc). num_key_value_heads=128 is nominal: MLA caches kv_lora_rank+qk_rope_head_dim = 576 values per token per layer (not 2*128*head_dim). torch_dtype says bfloat16 but the shipped checkpoint is block-FP8 (see quantization_config). Some copies of this config carry transformers_version 4.33.1 plus aux_loss_alpha/seq_aux/pretraining_tp, others 4.46.3 without them; no shape-relevant differences. V3-0324 has the same shapes and the same HF total."},{"id":"deepseek-ai/DeepSeek-R1","aliases":["deepseek-ai/DeepSeek-R1-Zero"],"config_source":"https://huggingface.co/deepseek-ai/DeepSeek-R1/blob/main/config.json","config":{"model_type":"deepseek_v3","architectures":["DeepseekV3ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":129280,"hidden_size":7168,"intermediate_size":18432,"num_hidden_layers":61,"num_attention_heads":128,"num_key_value_heads":128,"tie_word_embeddings":false,"max_position_embeddings":163840,"hidden_act":"silu","attention_bias":false,"q_lora_rank":1536,"kv_lora_rank":512,"qk_rope_head_dim":64,"qk_nope_head_dim":128,"v_head_dim":128,"n_routed_experts":256,"n_shared_experts":1,"moe_intermediate_size":2048,"first_k_dense_replace":3,"moe_layer_freq":1,"num_experts_per_tok":8,"topk_method":"noaux_tc","n_group":8,"topk_group":4,"scoring_func":"sigmoid","norm_topk_prob":true,"routed_scaling_factor":2.5,"num_nextn_predict_layers":1,"rope_theta":10000,"rope_scaling":{"beta_fast":32,"beta_slow":1,"factor":40,"mscale":1,"mscale_all_dim":1,"original_max_position_embeddings":4096,"type":"yarn"},"quantization_config":{"activation_scheme":"dynamic","fmt":"e4m3","quant_method":"fp8","weight_block_size":[128,128]}},"parameters":{"published":684489845504,"basis":"HF safetensors parameter total (API); for R1 the HF total excludes the FP8 scale tensors","source":"684,489,845,504 listed as the HF safetensors total for deepseek-ai/DeepSeek-R1 (find_string hit id 69468411049); R1-Zero is listed at 684,531,386,000. A model aggregator shows \'Parameters 684.53\' for DeepSeek-R1 (https://ai-nexus-293.pages.dev/model/deepseek-ai/deepseek-r1). HF page: \'Model size 685B params\'. Card: 671B total / 37B activated.","not_loaded":{"MTP module model.layers.61 (num_nextn_predict_layers: 1), loaded only for speculative decoding":13463426304}},"verified":true,"notes":"Same tensors and shapes as DeepSeek-V3 (identical config). 684,489,845,504 = 671,026,419,200 (main) + 13,463,426,304 (MTP layer 61 incl. its stored copies of embed_tokens and shared_head.head) exactly, i.e. HF counted R1 WITHOUT the 41,540,496 FP8 weight_scale_inv elements; V3 / R1-0528 / V3.1 are listed at 684,531,386,000 which includes them. Treat the two figures as the same checkpoint. MTP accounting (config-derived, exact): main model (embed + 61 layers + final norm + lm_head) = 671,026,419,200 params; the MTP module stored as model.layers.61.* = 13,463,426,304 params, i.e. one full MoE decoder layer (11,507,286,272) + eh_proj 2*7168*7168 (102,760,448) + enorm/hnorm/shared_head.norm + its OWN stored copies of embed_tokens and shared_head.head (926,679,040 each; README_WEIGHTS says these \'share parameters\' with the main model, but the safetensors files store them again). README_WEIGHTS.md: \'Total parameters: 671B\' (main) and \'MTP: 11.5B unique parameters (excluding the shared 0.9B Embedding and 0.9B output Head)\'. The HF-page \'685B\' = 671,026,419,200 + 13,463,426,304 + 41,540,496 FP8 block-scale elements (weight_scale_inv, F32, one per 128x128 block) = 684,531,386,000 exactly, i.e. it INCLUDES the MTP layer (incl. duplicated embed/head) and counts the scale tensors. A server that does not load MTP (no speculative decoding) holds 671.03B params. Storage: linear weights in attention/MLP/experts are F8_E4M3 (1 byte/param; 680,571,043,840 such params incl. MTP); embed_tokens, lm_head, norms, router gate weights (and eh_proj) are BF16; e_score_correction_bias (256 per MoE layer) and weight_scale_inv are F32. Byte sum of this layout = 688,574,839,360 B; the published repo file total is 688,586,727,753 B (difference = safetensors headers). Active per token (main model, per README_WEIGHTS) 36.6B incl. 0.9B output head (37B marketing). Routed experts only in layers 3..60 (first_k_dense_replace=3, moe_layer_freq=1); layers 0-2 use the dense intermediate_size 18432. e_score_correction_bias is an extra F32 tensor per MoE layer (topk_method noaux_tc). num_key_value_heads=128 is nominal: MLA caches kv_lora_rank+qk_rope_head_dim = 576 values per token per layer (not 2*128*head_dim)."},{"id":"deepseek-ai/DeepSeek-R1-0528","config_source":"https://huggingface.co/deepseek-ai/DeepSeek-R1-0528/blob/main/config.json","config":{"model_type":"deepseek_v3","architectures":["DeepseekV3ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":129280,"hidden_size":7168,"intermediate_size":18432,"num_hidden_layers":61,"num_attention_heads":128,"num_key_value_heads":128,"tie_word_embeddings":false,"max_position_embeddings":163840,"hidden_act":"silu","attention_bias":false,"q_lora_rank":1536,"kv_lora_rank":512,"qk_rope_head_dim":64,"qk_nope_head_dim":128,"v_head_dim":128,"n_routed_experts":256,"n_shared_experts":1,"moe_intermediate_size":2048,"first_k_dense_replace":3,"moe_layer_freq":1,"num_experts_per_tok":8,"topk_method":"noaux_tc","n_group":8,"topk_group":4,"scoring_func":"sigmoid","norm_topk_prob":true,"routed_scaling_factor":2.5,"num_nextn_predict_layers":1,"rope_theta":10000,"rope_scaling":{"beta_fast":32,"beta_slow":1,"factor":40,"mscale":1,"mscale_all_dim":1,"original_max_position_embeddings":4096,"type":"yarn"},"quantization_config":{"activation_scheme":"dynamic","fmt":"e4m3","quant_method":"fp8","weight_block_size":[128,128]}},"parameters":{"published":684531386000,"basis":"HF safetensors parameter total (API / HF page \'Model size 685B params\'); includes MTP layer and FP8 scale tensors","source":"684,531,386,000 for deepseek-ai/DeepSeek-R1-0528 (find_string hit id 69468411049). Card: \'minor version upgrade\' of R1 (671B / 37B).","not_loaded":{"MTP module model.layers.61 (num_nextn_predict_layers: 1), loaded only for speculative decoding":13463426304,"FP8 weight_scale_inv elements (one float32 per 128x128 block)":41540496}},"verified":false,"notes":"verified=false only because I did not read the R1-0528 config.json itself; the identical HF tensor total (to the unit) and the model card (\'minor version upgrade\') make identical shapes near-certain. Non-shape keys (transformers_version etc.) may differ. MTP accounting (config-derived, exact): main model (embed + 61 layers + final norm + lm_head) = 671,026,419,200 params; the MTP module stored as model.layers.61.* = 13,463,426,304 params, i.e. one full MoE decoder layer (11,507,286,272) + eh_proj 2*7168*7168 (102,760,448) + enorm/hnorm/shared_head.norm + its OWN stored copies of embed_tokens and shared_head.head (926,679,040 each; README_WEIGHTS says these \'share parameters\' with the main model, but the safetensors files store them again). README_WEIGHTS.md: \'Total parameters: 671B\' (main) and \'MTP: 11.5B unique parameters (excluding the shared 0.9B Embedding and 0.9B output Head)\'. The HF-page \'685B\' = 671,026,419,200 + 13,463,426,304 + 41,540,496 FP8 block-scale elements (weight_scale_inv, F32, one per 128x128 block) = 684,531,386,000 exactly, i.e. it INCLUDES the MTP layer (incl. duplicated embed/head) and counts the scale tensors. A server that does not load MTP (no speculative decoding) holds 671.03B params. Storage: linear weights in attention/MLP/experts are F8_E4M3 (1 byte/param; 680,571,043,840 such params incl. MTP); embed_tokens, lm_head, norms, router gate weights (and eh_proj) are BF16; e_score_correction_bias (256 per MoE layer) and weight_scale_inv are F32. Byte sum of this layout = 688,574,839,360 B; the published repo file total is 688,586,727,753 B (difference = safetensors headers). Active per token (main model, per README_WEIGHTS) 36.6B incl. 0.9B output head (37B marketing). Routed experts only in layers 3..60 (first_k_dense_replace=3, moe_layer_freq=1); layers 0-2 use the dense intermediate_size 18432. e_score_correction_bias is an extra F32 tensor per MoE layer (topk_method noaux_tc). num_key_value_heads=128 is nominal: MLA caches kv_lora_rank+qk_rope_head_dim = 576 values per token per layer (not 2*128*head_dim)."},{"id":"deepseek-ai/DeepSeek-V3.1","aliases":["deepseek-ai/DeepSeek-V3.1-Base","deepseek-ai/DeepSeek-V3.1-Terminus"],"config_source":"https://huggingface.co/deepseek-ai/DeepSeek-V3.1/blob/main/config.json","config":{"model_type":"deepseek_v3","architectures":["DeepseekV3ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":129280,"hidden_size":7168,"intermediate_size":18432,"num_hidden_layers":61,"num_attention_heads":128,"num_key_value_heads":128,"tie_word_embeddings":false,"max_position_embeddings":163840,"hidden_act":"silu","attention_bias":false,"q_lora_rank":1536,"kv_lora_rank":512,"qk_rope_head_dim":64,"qk_nope_head_dim":128,"v_head_dim":128,"n_routed_experts":256,"n_shared_experts":1,"moe_intermediate_size":2048,"first_k_dense_replace":3,"moe_layer_freq":1,"num_experts_per_tok":8,"topk_method":"noaux_tc","n_group":8,"topk_group":4,"scoring_func":"sigmoid","norm_topk_prob":true,"routed_scaling_factor":2.5,"num_nextn_predict_layers":1,"rope_theta":10000,"rope_scaling":{"beta_fast":32,"beta_slow":1,"factor":40,"mscale":1,"mscale_all_dim":1,"original_max_position_embeddings":4096,"type":"yarn"},"quantization_config":{"activation_scheme":"dynamic","fmt":"e4m3","quant_method":"fp8","weight_block_size":[128,128],"scale_fmt":"ue8m0"}},"parameters":{"published":684531386000,"basis":"HF safetensors parameter total (API / HF page \'Model size 685B params\'); includes MTP layer and FP8 scale tensors","source":"684,531,386,000 for deepseek-ai/DeepSeek-V3.1, -V3.1-Base and -V3.1-Terminus (find_string hit id 69468411049); also hard-coded as params for DeepSeek-V3.1 in an estimator preset (hit id 69819911443). Ollama lists deepseek-v3.1:671b at 688,586,727,753 bytes (hit id 14254127505) = same file total as V3.","not_loaded":{"MTP module model.layers.61 (num_nextn_predict_layers: 1), loaded only for speculative decoding":13463426304,"FP8 weight_scale_inv elements (one float32 per 128x128 block)":41540496}},"verified":true,"notes":"Same architecture/shapes as V3. Difference: quantization_config.scale_fmt = \'ue8m0\' (the FP8 block scales are UE8M0 power-of-two values; weight_scale_inv tensors are still stored, same count). Hybrid thinking/non-thinking model. MTP accounting (config-derived, exact): main model (embed + 61 layers + final norm + lm_head) = 671,026,419,200 params; the MTP module stored as model.layers.61.* = 13,463,426,304 params, i.e. one full MoE decoder layer (11,507,286,272) + eh_proj 2*7168*7168 (102,760,448) + enorm/hnorm/shared_head.norm + its OWN stored copies of embed_tokens and shared_head.head (926,679,040 each; README_WEIGHTS says these \'share parameters\' with the main model, but the safetensors files store them again). README_WEIGHTS.md: \'Total parameters: 671B\' (main) and \'MTP: 11.5B unique parameters (excluding the shared 0.9B Embedding and 0.9B output Head)\'. The HF-page \'685B\' = 671,026,419,200 + 13,463,426,304 + 41,540,496 FP8 block-scale elements (weight_scale_inv, F32, one per 128x128 block) = 684,531,386,000 exactly, i.e. it INCLUDES the MTP layer (incl. duplicated embed/head) and counts the scale tensors. A server that does not load MTP (no speculative decoding) holds 671.03B params. Storage: linear weights in attention/MLP/experts are F8_E4M3 (1 byte/param; 680,571,043,840 such params incl. MTP); embed_tokens, lm_head, norms, router gate weights (and eh_proj) are BF16; e_score_correction_bias (256 per MoE layer) and weight_scale_inv are F32. Byte sum of this layout = 688,574,839,360 B; the published repo file total is 688,586,727,753 B (difference = safetensors headers). Active per token (main model, per README_WEIGHTS) 36.6B incl. 0.9B output head (37B marketing). Routed experts only in layers 3..60 (first_k_dense_replace=3, moe_layer_freq=1); layers 0-2 use the dense intermediate_size 18432. e_score_correction_bias is an extra F32 tensor per MoE layer (topk_method noaux_tc). num_key_value_heads=128 is nominal: MLA caches kv_lora_rank+qk_rope_head_dim = 576 values per token per layer (not 2*128*head_dim)."},{"id":"moonshotai/Kimi-K2-Instruct","aliases":["moonshotai/Kimi-K2-Base"],"config_source":"https://huggingface.co/moonshotai/Kimi-K2-Instruct/blob/main/config.json","config":{"model_type":"kimi_k2","architectures":["DeepseekV3ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":163840,"hidden_size":7168,"intermediate_size":18432,"num_hidden_layers":61,"num_attention_heads":64,"num_key_value_heads":64,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"q_lora_rank":1536,"kv_lora_rank":512,"qk_rope_head_dim":64,"qk_nope_head_dim":128,"v_head_dim":128,"n_routed_experts":384,"n_shared_experts":1,"moe_intermediate_size":2048,"first_k_dense_replace":1,"moe_layer_freq":1,"num_experts_per_tok":8,"topk_method":"noaux_tc","n_group":1,"topk_group":1,"scoring_func":"sigmoid","norm_topk_prob":true,"routed_scaling_factor":2.827,"num_nextn_predict_layers":0,"rope_theta":50000,"rope_scaling":{"beta_fast":1,"beta_slow":1,"factor":32,"mscale":1,"mscale_all_dim":1,"original_max_position_embeddings":4096,"type":"yarn"},"quantization_config":{"activation_scheme":"dynamic","fmt":"e4m3","quant_method":"fp8","weight_block_size":[128,128]}},"parameters":{"published":1026408235864,"basis":"HF safetensors parameter total (API); HF page \'Model size 1.03T\'; for Instruct this total excludes the FP8 scale tensors","source":"1,026,408,235,864 listed as the HF safetensors total for moonshotai/Kimi-K2-Instruct (find_string hit id 69468411049); Kimi-K2-Base 1,026,470,731,056 and Kimi-K2-Instruct-0905 1,026,470,735,448 (these include the 62,495,192 FP8 scale elements). A tool directory quotes HF \'Parameters: 1026.5B\' for Kimi-K2-Instruct (https://drose.io/aitools/tools/kimi-k2-instruct). Card: 1T total / 32B activated."},"verified":true,"notes":"DeepSeek-V3 architecture (model_type kimi_k2, architectures DeepseekV3ForCausalLM, custom code) with 384 routed experts, 64 attention heads, only layer 0 dense, no expert groups (n_group 1), vocab 163840, and NO MTP weights (num_nextn_predict_layers 0). Block-FP8 e4m3 weights with 128x128 F32 weight_scale_inv, BF16 embed/head/norms/gates. My config-derived count is 1,026,408,232,448 params (+62,495,192 scale elements = 1,026,470,727,640); the HF totals are 3,416 larger than my count in both conventions (small tensor I did not model; irrelevant for memory). Active ~31.7B by my count (32B card). KV cache per token per layer = 576 values (MLA). Kimi-K2-Instruct-0905 has identical tensor shapes but max_position_embeddings 262144 and rope_scaling factor 64 (256K context), so it is not listed as an alias."}]}');
;// CONCATENATED MODULE: ./catalog/models/gemma.json
const gemma_namespaceObject = /*#__PURE__*/JSON.parse('{"family":"gemma","description":"config.json facts of catalog models (Hugging Face names, values as published) and published parameter totals; `verified` is false where the config was rebuilt from secondary copies (see notes).","models":[{"id":"google/gemma-2b-it","aliases":["google/gemma-2b"],"config_source":"https://huggingface.co/google/gemma-2b-it/blob/main/config.json","config":{"architectures":["GemmaForCausalLM"],"attention_bias":false,"head_dim":256,"hidden_act":"gelu","hidden_size":2048,"intermediate_size":16384,"max_position_embeddings":8192,"model_type":"gemma","num_attention_heads":8,"num_hidden_layers":18,"num_key_value_heads":1,"rope_theta":10000,"torch_dtype":"bfloat16","vocab_size":256000},"parameters":{"published":2506172416,"basis":"published exact count (keras-hub preset metadata) = exact arithmetic with tied embeddings","source":"keras-hub gemma presets: \\"gemma_2b_en\\": {... \\"params\\": 2506172416 ...}; PEFT log \'all params: 2506172416\'; model catalog YAML total_parameters 2506172416"},"verified":true,"notes":"tie_word_embeddings ABSENT from config.json (transformers default True; checkpoint has no lm_head - embeddings tied). Multi-query attention (1 KV head), head_dim 256 (8x256=2048). vocab 256000 (embedding alone 524M params). hidden_act \'gelu\' in config but HF uses approximate gelu (gelu_pytorch_tanh) at runtime; no effect on memory."},{"id":"google/gemma-7b-it","aliases":["google/gemma-7b"],"config_source":"https://huggingface.co/google/gemma-7b-it/blob/main/config.json","config":{"architectures":["GemmaForCausalLM"],"attention_bias":false,"head_dim":256,"hidden_act":"gelu","hidden_size":3072,"intermediate_size":24576,"max_position_embeddings":8192,"model_type":"gemma","num_attention_heads":16,"num_hidden_layers":28,"num_key_value_heads":16,"rope_theta":10000,"torch_dtype":"bfloat16","vocab_size":256000},"parameters":{"published":8537680896,"basis":"published exact count (keras-hub preset metadata) = exact arithmetic with tied embeddings","source":"keras-hub gemma presets: \\"gemma_7b_en\\": {... \\"params\\": 8537680896 ...}; GitHub model_size_dict \\"google/gemma-7b-it\\": 8537680896"},"verified":true,"notes":"head_dim 256 with 16 heads => attention width 4096 != hidden 3072 (q/k/v_proj 3072x4096, o_proj 4096x3072). Full MHA (16 KV heads) -> large KV cache: 2*28*16*256*2 B = 458,752 B/token in bf16. tie_word_embeddings ABSENT (default True; tied). torch_dtype bfloat16 not directly seen on an unmodified official copy (the copy seen was re-saved float16); official weights ~17 GB = bf16."},{"id":"google/gemma-2-2b-it","aliases":["google/gemma-2-2b"],"config_source":"https://huggingface.co/google/gemma-2-2b-it/blob/main/config.json","config":{"architectures":["Gemma2ForCausalLM"],"attention_bias":false,"attn_logit_softcapping":50,"cache_implementation":"hybrid","final_logit_softcapping":30,"head_dim":256,"hidden_act":"gelu_pytorch_tanh","hidden_activation":"gelu_pytorch_tanh","hidden_size":2304,"intermediate_size":9216,"max_position_embeddings":8192,"model_type":"gemma2","num_attention_heads":8,"num_hidden_layers":26,"num_key_value_heads":4,"query_pre_attn_scalar":256,"rope_theta":10000,"sliding_window":4096,"torch_dtype":"bfloat16","vocab_size":256000},"parameters":{"published":2614341888,"basis":"HF API safetensors total","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'google/gemma-2-2b-it\' parameters_raw 2614341888 (equals exact arithmetic with tied embeddings)"},"verified":true,"notes":"Gemma 2 alternates local (sliding_window 4096) and global attention layer by layer (even layers local in HF impl); 13 of 26 layers are SWA. 4 norms per layer (pre/post attention and FFN). tie_word_embeddings ABSENT (default True; tied). head_dim 256 x 8 heads = 2048 != hidden 2304. Only one config source (mlc-llm preset copy) seen; values match param count exactly."},{"id":"google/gemma-2-9b-it","aliases":["google/gemma-2-9b"],"config_source":"https://huggingface.co/google/gemma-2-9b-it/blob/main/config.json","config":{"architectures":["Gemma2ForCausalLM"],"attention_bias":false,"attn_logit_softcapping":50,"cache_implementation":"hybrid","final_logit_softcapping":30,"head_dim":256,"hidden_act":"gelu_pytorch_tanh","hidden_activation":"gelu_pytorch_tanh","hidden_size":3584,"intermediate_size":14336,"max_position_embeddings":8192,"model_type":"gemma2","num_attention_heads":16,"num_hidden_layers":42,"num_key_value_heads":8,"query_pre_attn_scalar":256,"rope_theta":10000,"sliding_window":4096,"torch_dtype":"bfloat16","vocab_size":256000,"sliding_window_size":4096},"parameters":{"published":9241705984,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"github:doggy8088/GemmaTokenizerExtractor/gemma-2-9b-it/model.safetensors.index.json: \\"total_size\\": 18483411968 -> 9241705984; also github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total) 9241705984 and github:teilomillet/kvfit/scripts/build_registry.py (MODELS table: \\"exact params from HF safetensors\\", from https://huggingface.co/api/models/<repo>?expand[]=safetensors) 9241705984"},"verified":true,"notes":"query_pre_attn_scalar was 224 in the original upload and fixed to 256 (HF commit 1937c70277fcc5f7fb0fc772fc5bc69378996e71; see ggml-org/llama.cpp PR #8444, huggingface/transformers issue #31891) - affects attention scaling only, not memory. Alternating local(4096)/global layers (21 SWA of 42). No lm_head tensor in the index (tied; tie_word_embeddings ABSENT from the official config). head_dim 256 x 16 = 4096 != hidden 3584. eos_token_id in current file may be [1,107]; irrelevant to sizing."},{"id":"google/gemma-2-27b-it","aliases":["google/gemma-2-27b"],"config_source":"https://huggingface.co/google/gemma-2-27b-it/blob/main/config.json","config":{"architectures":["Gemma2ForCausalLM"],"attention_bias":false,"attn_logit_softcapping":50,"cache_implementation":"hybrid","final_logit_softcapping":30,"head_dim":128,"hidden_act":"gelu_pytorch_tanh","hidden_activation":"gelu_pytorch_tanh","hidden_size":4608,"intermediate_size":36864,"max_position_embeddings":8192,"model_type":"gemma2","num_attention_heads":32,"num_hidden_layers":46,"num_key_value_heads":16,"query_pre_attn_scalar":144,"rope_theta":10000,"sliding_window":4096,"torch_dtype":"bfloat16","vocab_size":256000,"sliding_window_size":4096},"parameters":{"published":27227128320,"basis":"HF API safetensors total","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'google/gemma-2-27b-it\' parameters_raw 27227128320; github:teilomillet/kvfit/scripts/build_registry.py (MODELS table: \\"exact params from HF safetensors\\", from https://huggingface.co/api/models/<repo>?expand[]=safetensors): (\'Gemma-2-27B\', ..., 27227128320)"},"verified":true,"notes":"query_pre_attn_scalar 144 = hidden/heads (differs from head_dim 128). Alternating local(4096)/global layers. tie_word_embeddings ABSENT (default True; tied). Official bf16 weights ~54.5 GB. mlc preset also carries \\"_attn_implementation\\": \\"eager\\" (not weight related)."},{"id":"google/gemma-3-1b-it","aliases":["google/gemma-3-1b-pt"],"config_source":"https://huggingface.co/google/gemma-3-1b-it/blob/main/config.json","config":{"architectures":["Gemma3ForCausalLM"],"attention_bias":false,"attn_logit_softcapping":null,"cache_implementation":"hybrid","final_logit_softcapping":null,"head_dim":256,"hidden_activation":"gelu_pytorch_tanh","hidden_size":1152,"intermediate_size":6912,"max_position_embeddings":32768,"model_type":"gemma3_text","num_attention_heads":4,"num_hidden_layers":26,"num_key_value_heads":1,"query_pre_attn_scalar":256,"rope_local_base_freq":10000,"rope_scaling":null,"rope_theta":1000000,"sliding_window":512,"sliding_window_pattern":6,"torch_dtype":"bfloat16","vocab_size":262144},"parameters":{"published":999885952,"basis":"HF API safetensors total","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'google/gemma-3-1b-it\' parameters_raw 999885952 (HF shows \'1B\'/\'1,000M\'); equals exact arithmetic (tied)"},"verified":true,"notes":"Text-only (Gemma3ForCausalLM, model_type gemma3_text). Single model.safetensors (no index). 5 local (sliding_window 512) : 1 global layer pattern (sliding_window_pattern 6) -> layers 5,11,17,23 global. MQA (1 KV head), head_dim 256, q/k RMSNorm per layer. vocab 262144 here (multimodal sizes use 262208). tie_word_embeddings ABSENT (default True; tied)."},{"id":"google/gemma-3-4b-it","aliases":["google/gemma-3-4b-pt"],"config_source":"https://huggingface.co/google/gemma-3-4b-it/blob/main/config.json","config":{"architectures":["Gemma3ForConditionalGeneration"],"boi_token_index":255999,"eoi_token_index":256000,"image_token_index":262144,"mm_tokens_per_image":256,"model_type":"gemma3","text_config":{"hidden_size":2560,"intermediate_size":10240,"model_type":"gemma3_text","num_hidden_layers":34,"rope_scaling":{"factor":8,"rope_type":"linear"},"sliding_window":1024},"torch_dtype":"bfloat16","vision_config":{"hidden_size":1152,"image_size":896,"intermediate_size":4304,"model_type":"siglip_vision_model","num_attention_heads":16,"num_hidden_layers":27,"patch_size":14,"vision_use_head":false}},"parameters":{"published":4300079472,"basis":"HF API safetensors total","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'google/gemma-3-4b-it\' parameters_raw 4300079472; github:teilomillet/kvfit/scripts/build_registry.py (MODELS table: \\"exact params from HF safetensors\\", from https://huggingface.co/api/models/<repo>?expand[]=safetensors): (\'Gemma-3-4B\', ..., 4300079472); medgemma-4b (same arch) test fixture \\"total_size\\": 8600158944 (/2)"},"verified":true,"notes":"text_config omits num_attention_heads/num_key_value_heads/head_dim/query_pre_attn_scalar: defaults give 8 heads, 4 KV heads, head_dim 256, qpas 256 (8x256=2048 != hidden 2560). Multimodal: text decoder + SigLIP vision tower (27 layers, 1152 hidden, 4304 MLP, 16 heads, patch 14, 896px -> 4096 patches, ~417M params incl. 4096x1152 position embeddings) + projector (1152 x hidden weight + 1152 RMSNorm); each image = mm_tokens_per_image 256 soft tokens. The official text_config is SPARSE: keys not listed take Gemma3TextConfig defaults - vocab_size 262208 (ABSENT; see HF discussion google/gemma-3-27b-it #18 \'Adds vocab_size to config.json\'), max_position_embeddings 131072, rope_theta 1e6, rope_local_base_freq 10000, sliding_window_pattern 6 (5 local:1 global), rms_norm_eps 1e-6. Newer transformers re-saves expand this into layer_types / _sliding_window_pattern. tie_word_embeddings ABSENT (default True; no separate lm_head). Safetensors index \'total_parameters\' written by new transformers counts the tied lm_head twice (e.g. medgemma-27b: 28842036848) - use total_size/2 instead."},{"id":"google/gemma-3-12b-it","aliases":["google/gemma-3-12b-pt"],"config_source":"https://huggingface.co/google/gemma-3-12b-it/blob/main/config.json","config":{"architectures":["Gemma3ForConditionalGeneration"],"boi_token_index":255999,"eoi_token_index":256000,"image_token_index":262144,"mm_tokens_per_image":256,"model_type":"gemma3","text_config":{"hidden_size":3840,"intermediate_size":15360,"model_type":"gemma3_text","num_attention_heads":16,"num_hidden_layers":48,"num_key_value_heads":8,"rope_scaling":{"factor":8,"rope_type":"linear"},"sliding_window":1024},"torch_dtype":"bfloat16","vision_config":{"hidden_size":1152,"image_size":896,"intermediate_size":4304,"model_type":"siglip_vision_model","num_attention_heads":16,"num_hidden_layers":27,"patch_size":14,"vision_use_head":false}},"parameters":{"published":12187325040,"basis":"HF API safetensors total","source":"github:teilomillet/kvfit/scripts/build_registry.py (MODELS table: \\"exact params from HF safetensors\\", from https://huggingface.co/api/models/<repo>?expand[]=safetensors): (\'Gemma-3-12B\', \'unsloth_gemma-3-12b-it\', 12187325040); GitHub test mock \'\\"api/models/google/gemma-3-12b-it\\": { safetensors: { total: 12187325040 } }\'"},"verified":true,"notes":"head_dim/query_pre_attn_scalar absent -> default 256 (16x256=4096 != hidden 3840). Whether the official 12b-it text_config carries vocab_size is unverified (one copy has it, one does not); value is 262208 either way. Multimodal: text decoder + SigLIP vision tower (27 layers, 1152 hidden, 4304 MLP, 16 heads, patch 14, 896px -> 4096 patches, ~417M params incl. 4096x1152 position embeddings) + projector (1152 x hidden weight + 1152 RMSNorm); each image = mm_tokens_per_image 256 soft tokens. The official text_config is SPARSE: keys not listed take Gemma3TextConfig defaults - vocab_size 262208 (ABSENT; see HF discussion google/gemma-3-27b-it #18 \'Adds vocab_size to config.json\'), max_position_embeddings 131072, rope_theta 1e6, rope_local_base_freq 10000, sliding_window_pattern 6 (5 local:1 global), rms_norm_eps 1e-6. Newer transformers re-saves expand this into layer_types / _sliding_window_pattern. tie_word_embeddings ABSENT (default True; no separate lm_head). Safetensors index \'total_parameters\' written by new transformers counts the tied lm_head twice (e.g. medgemma-27b: 28842036848) - use total_size/2 instead."},{"id":"google/gemma-3-27b-it","aliases":["google/gemma-3-27b-pt"],"config_source":"https://huggingface.co/google/gemma-3-27b-it/blob/main/config.json","config":{"architectures":["Gemma3ForConditionalGeneration"],"boi_token_index":255999,"eoi_token_index":256000,"image_token_index":262144,"mm_tokens_per_image":256,"model_type":"gemma3","text_config":{"head_dim":128,"hidden_size":5376,"intermediate_size":21504,"model_type":"gemma3_text","num_attention_heads":32,"num_hidden_layers":62,"num_key_value_heads":16,"query_pre_attn_scalar":168,"rope_scaling":{"factor":8,"rope_type":"linear"},"sliding_window":1024},"torch_dtype":"bfloat16","vision_config":{"hidden_size":1152,"image_size":896,"intermediate_size":4304,"model_type":"siglip_vision_model","num_attention_heads":16,"num_hidden_layers":27,"patch_size":14,"vision_use_head":false}},"parameters":{"published":27432406640,"basis":"HF API safetensors total","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'google/gemma-3-27b-it\' parameters_raw 27432406640; github:teilomillet/kvfit/scripts/build_registry.py (MODELS table: \\"exact params from HF safetensors\\", from https://huggingface.co/api/models/<repo>?expand[]=safetensors): 27432406640; medgemma-27b-it (same arch) metadata.total_size 54864813280 (/2)"},"verified":true,"notes":"query_pre_attn_scalar 168 (= hidden/heads) differs from head_dim 128. 62 layers: 52 local (1024 window) + 10 global (layers 5,11,...,59). Multimodal: text decoder + SigLIP vision tower (27 layers, 1152 hidden, 4304 MLP, 16 heads, patch 14, 896px -> 4096 patches, ~417M params incl. 4096x1152 position embeddings) + projector (1152 x hidden weight + 1152 RMSNorm); each image = mm_tokens_per_image 256 soft tokens. The official text_config is SPARSE: keys not listed take Gemma3TextConfig defaults - vocab_size 262208 (ABSENT; see HF discussion google/gemma-3-27b-it #18 \'Adds vocab_size to config.json\'), max_position_embeddings 131072, rope_theta 1e6, rope_local_base_freq 10000, sliding_window_pattern 6 (5 local:1 global), rms_norm_eps 1e-6. Newer transformers re-saves expand this into layer_types / _sliding_window_pattern. tie_word_embeddings ABSENT (default True; no separate lm_head). Safetensors index \'total_parameters\' written by new transformers counts the tied lm_head twice (e.g. medgemma-27b: 28842036848) - use total_size/2 instead."}]}');
;// CONCATENATED MODULE: ./catalog/models/gpt-oss.json
const gpt_oss_namespaceObject = /*#__PURE__*/JSON.parse('{"family":"gpt-oss","description":"config.json facts of catalog models (Hugging Face names, values as published) and published parameter totals; `verified` is false where the config was rebuilt from secondary copies (see notes).","models":[{"id":"openai/gpt-oss-20b","config_source":"https://huggingface.co/openai/gpt-oss-20b/blob/main/config.json","config":{"model_type":"gpt_oss","architectures":["GptOssForCausalLM"],"vocab_size":201088,"hidden_size":2880,"intermediate_size":2880,"num_hidden_layers":24,"num_attention_heads":64,"num_key_value_heads":8,"head_dim":64,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":true,"sliding_window":128,"layer_types":["sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention"],"num_local_experts":32,"num_experts_per_tok":4,"experts_per_token":4,"initial_context_length":4096,"swiglu_limit":7,"rope_theta":150000,"rope_scaling":{"beta_fast":32,"beta_slow":1,"factor":32,"original_max_position_embeddings":4096,"rope_type":"yarn","truncate":false},"quantization_config":{"modules_to_not_convert":["model.layers.*.self_attn","model.layers.*.mlp.router","model.embed_tokens","lm_head"],"quant_method":"mxfp4"}},"parameters":{"published":20914757184,"basis":"HF safetensors parameter total (API, MXFP4 packed values counted x2, scales excluded); equals model card 20.91B","source":"github:huggingface/huggingface.js packages/hub/src/lib/parse-safetensors-metadata.spec.ts: \'fetch info for openai/gpt-oss-20b\' asserts totalParams 20_914_757_184 with parameterCount { BF16: 1_804_459_584, U8: 19_110_297_600 } (\'20.9B, matching OpenAI\'s published figure. Previously 21_511_953_984, which counted the 597_196_800 ..._scales UE8M0 block exponents\'). Same figure in HF-API audit table (hit id 69468411049) and Keras-hub preset \'params\': 20_914_757_184. My config-derived count: 20,914,757,184 (attention 637,203,456; MLP 19,119,145,728; active excl. embedding 3,608,307,264). OpenAI model card (arXiv 2508.10925) Table 1 \'Model parameter counts\' — Component: 120b | 20b — MLP 114.71B | 19.12B; Attention 0.96B | 0.64B; Embed + Unembed 1.16B | 1.16B; Active Parameters 5.13B | 3.61B; Total Parameters 116.83B | 20.91B; Checkpoint Size 60.8GiB | 12.8GiB. \'We refer to the models as 120b and 20b for simplicity, though they technically have 116.8B and 20.9B parameters. Unembedding parameters are counted towards active, but not embeddings.\' Marketing: gpt-oss-120b 117B total / 5.1B active; gpt-oss-20b 21B / 3.6B (table seen in find_string hits 71187608075 and 43217678796)."},"verified":true,"notes":"Architecture notes: attention_bias true (q/k/v/o projections all have biases); each attention layer has a learned per-head attention-sink tensor \'sinks\' [64]; head_dim 64 is explicit (64 heads x 64 = 4096 != hidden_size 2880; q_proj 2880->4096, k/v 2880->512, o_proj 4096->2880); layer_types alternate sliding_attention (window 128) / full_attention starting with sliding, so only half the layers need full-length KV cache. MoE: every layer is MoE, no shared expert, no dense layers; router is a biased Linear(2880->E); experts are fused gate_up_proj [E,2880,5760] + bias and down_proj [E,2880,2880] + bias; intermediate_size 2880 is per expert. Checkpoint: expert weights MXFP4 stored as \'*_blocks\' (U8, two FP4 values per byte) plus \'*_scales\' (U8 E8M0, one per 32 values); everything listed in modules_to_not_convert (attention, router, embed_tokens, lm_head) and all biases/norms/sinks are BF16. \'experts_per_token\' (original key) and \'num_experts_per_tok\' both present. tie_word_embeddings false. No torch_dtype key in the copies I read. HF counting history: the HF page/API previously counted the U8 scale tensors and reported 21,511,953,984 (20b) and 120,412,337,472 (120b); huggingface.js now excludes the scales (github:huggingface/huggingface.js/packages/hub/src/lib/parse-safetensors-metadata.spec.ts). Checkpoint size 12.8 GiB (card) ~= 1,804,459,584 BF16 x 2 B + 19,110,297,600 FP4 values x 0.5 B + 597,196,800 scale bytes."},{"id":"openai/gpt-oss-120b","config_source":"https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json","config":{"model_type":"gpt_oss","architectures":["GptOssForCausalLM"],"vocab_size":201088,"hidden_size":2880,"intermediate_size":2880,"num_hidden_layers":36,"num_attention_heads":64,"num_key_value_heads":8,"head_dim":64,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":true,"sliding_window":128,"layer_types":["sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention"],"num_local_experts":128,"num_experts_per_tok":4,"experts_per_token":4,"initial_context_length":4096,"swiglu_limit":7,"rope_theta":150000,"rope_scaling":{"beta_fast":32,"beta_slow":1,"factor":32,"original_max_position_embeddings":4096,"rope_type":"yarn","truncate":false},"quantization_config":{"modules_to_not_convert":["model.layers.*.self_attn","model.layers.*.mlp.router","model.embed_tokens","lm_head"],"quant_method":"mxfp4"}},"parameters":{"published":116829156672,"basis":"HF safetensors parameter total (API, MXFP4 packed values counted x2, scales excluded); equals model card 116.83B","source":"github:huggingface/huggingface.js packages/hub/src/lib/parse-safetensors-metadata.spec.ts: \'excludes mxfp4 block scales ... (openai/gpt-oss-120b)\' asserts parameterCount { BF16: 2_167_371_072, U8: 114_661_785_600 } summing to 116_829_156_672 (\'Counting the 3_583_180_800 U8 scales reported 120_412_337_472 (120.4B) for a model OpenAI documents as 116.8B / 117B\'). Same figure in HF-API audit table (hit id 69468411049). My config-derived count: 116,829,156,672 (attention 955,805,184; MLP 114,714,874,368; active excl. embedding 5,132,849,472). OpenAI model card (arXiv 2508.10925) Table 1 \'Model parameter counts\' — Component: 120b | 20b — MLP 114.71B | 19.12B; Attention 0.96B | 0.64B; Embed + Unembed 1.16B | 1.16B; Active Parameters 5.13B | 3.61B; Total Parameters 116.83B | 20.91B; Checkpoint Size 60.8GiB | 12.8GiB. \'We refer to the models as 120b and 20b for simplicity, though they technically have 116.8B and 20.9B parameters. Unembedding parameters are counted towards active, but not embeddings.\' Marketing: gpt-oss-120b 117B total / 5.1B active; gpt-oss-20b 21B / 3.6B (table seen in find_string hits 71187608075 and 43217678796)."},"verified":true,"notes":"I did not read a complete verbatim copy of the 120b config.json; its values are the 20b config with num_hidden_layers 36 / num_local_experts 128 (layer_types = [sliding, full] x 18). This is confirmed exactly by the tensor totals: the config-derived count reproduces the HF total 116,829,156,672 and the card\'s MLP/attention split to the digit. Architecture notes: attention_bias true (q/k/v/o projections all have biases); each attention layer has a learned per-head attention-sink tensor \'sinks\' [64]; head_dim 64 is explicit (64 heads x 64 = 4096 != hidden_size 2880; q_proj 2880->4096, k/v 2880->512, o_proj 4096->2880); layer_types alternate sliding_attention (window 128) / full_attention starting with sliding, so only half the layers need full-length KV cache. MoE: every layer is MoE, no shared expert, no dense layers; router is a biased Linear(2880->E); experts are fused gate_up_proj [E,2880,5760] + bias and down_proj [E,2880,2880] + bias; intermediate_size 2880 is per expert. Checkpoint: expert weights MXFP4 stored as \'*_blocks\' (U8, two FP4 values per byte) plus \'*_scales\' (U8 E8M0, one per 32 values); everything listed in modules_to_not_convert (attention, router, embed_tokens, lm_head) and all biases/norms/sinks are BF16. \'experts_per_token\' (original key) and \'num_experts_per_tok\' both present. tie_word_embeddings false. No torch_dtype key in the copies I read. HF counting history: the HF page/API previously counted the U8 scale tensors and reported 21,511,953,984 (20b) and 120,412,337,472 (120b); huggingface.js now excludes the scales (github:huggingface/huggingface.js/packages/hub/src/lib/parse-safetensors-metadata.spec.ts). Checkpoint size 60.8 GiB (card)."}]}');
;// CONCATENATED MODULE: ./catalog/models/llama.json
const llama_namespaceObject = /*#__PURE__*/JSON.parse('{"family":"llama","description":"config.json facts of catalog models (Hugging Face names, values as published) and published parameter totals; `verified` is false where the config was rebuilt from secondary copies (see notes).","models":[{"id":"meta-llama/Llama-2-7b-hf","aliases":["NousResearch/Llama-2-7b-hf"],"config_source":"https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"float16","vocab_size":32000,"hidden_size":4096,"intermediate_size":11008,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":32,"tie_word_embeddings":false,"max_position_embeddings":4096,"hidden_act":"silu","pretraining_tp":1,"rms_norm_eps":0.00001,"rope_scaling":null},"parameters":{"published":6738415616,"basis":"HF API safetensors metadata (parameters F16 6738415616 + F32 2048 inv_freq buffers, total 6738417664); model.safetensors.index.json total_size 13476839424 bytes","source":"github:daniel-p-green/alain-ai-learning-platform/out/research-meta-llama-llama-2-7b-hf/sources/huggingface/model.json: \\"safetensors\\": {\\"parameters\\": {\\"F32\\": 2048, \\"F16\\": 6738415616}, \\"total\\": 6738417664}; index total_size 13476839424 quoted in find_string id 5842727729 (= 2*6738415616 + 4*2048)"},"verified":true,"notes":"Config has no head_dim/attention_bias/mlp_bias/rope_theta keys (pre-4.36 config; transformers defaults: head_dim=hidden/heads=128, no biases, rope_theta 10000). Untied lm_head. Early revisions had max_position_embeddings 2048 (mlc-llm preset still shows 2048); current config.json has 4096. The HF checkpoint also stores per-layer rotary_emb.inv_freq buffers in F32 (64 floats/layer), which inflate safetensors totals slightly; they are not weights. Weight params 6,738,415,616; HF \'total\' 6,738,417,664 includes the 2048 F32 inv_freq buffer elements."},{"id":"meta-llama/Llama-2-7b-chat-hf","config_source":"https://huggingface.co/meta-llama/Llama-2-7b-chat-hf/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"float16","vocab_size":32000,"hidden_size":4096,"intermediate_size":11008,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":32,"tie_word_embeddings":false,"max_position_embeddings":4096,"hidden_act":"silu","pretraining_tp":1,"rms_norm_eps":0.00001,"rope_scaling":null},"parameters":{"published":6738415616,"basis":"same weight shapes as Llama-2-7b-hf (safetensors F16 6738415616 + F32 inv_freq buffers)","source":"github file (find_string id 2567470270): \\"meta-llama/Llama-2-7b-chat-hf\\": 6_738_415_616; identical shapes to Llama-2-7b-hf"},"verified":true,"notes":"Config has no head_dim/attention_bias/mlp_bias/rope_theta keys (pre-4.36 config; transformers defaults: head_dim=hidden/heads=128, no biases, rope_theta 10000). Untied lm_head. Early revisions had max_position_embeddings 2048 (mlc-llm preset still shows 2048); current config.json has 4096. The HF checkpoint also stores per-layer rotary_emb.inv_freq buffers in F32 (64 floats/layer), which inflate safetensors totals slightly; they are not weights. An older revision of this config had rms_norm_eps 1e-06 (seen in find_string ids 57174331611/4881146369); current is 1e-05. Shape-irrelevant."},{"id":"meta-llama/Llama-2-13b-hf","aliases":["NousResearch/Llama-2-13b-hf"],"config_source":"https://huggingface.co/meta-llama/Llama-2-13b-hf/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"float16","vocab_size":32000,"hidden_size":5120,"intermediate_size":13824,"num_hidden_layers":40,"num_attention_heads":40,"num_key_value_heads":40,"tie_word_embeddings":false,"max_position_embeddings":4096,"hidden_act":"silu","pretraining_tp":1,"rms_norm_eps":0.00001,"rope_scaling":null},"parameters":{"published":13015864320,"basis":"computed from config (embed+untied lm_head+40 layers); matches widely cited count","source":"github file (find_string id 2567470270): \\"meta-llama/Llama-2-13b-chat-hf\\": 13015864320; Llama-2-13B formula derivation in find_string id 61973249306 gives 13015864320"},"verified":true,"notes":"Config has no head_dim/attention_bias/mlp_bias/rope_theta keys (pre-4.36 config; transformers defaults: head_dim=hidden/heads=128, no biases, rope_theta 10000). Untied lm_head. Early revisions had max_position_embeddings 2048 (mlc-llm preset still shows 2048); current config.json has 4096. The HF checkpoint also stores per-layer rotary_emb.inv_freq buffers in F32 (64 floats/layer), which inflate safetensors totals slightly; they are not weights. mlc-llm\'s old preset shows pretraining_tp 2 and max_position_embeddings 2048 (early revision); current config: pretraining_tp 1, 4096. Expected safetensors total_size 26031738880 bytes (incl. F32 inv_freq) not directly seen."},{"id":"meta-llama/Llama-2-13b-chat-hf","config_source":"https://huggingface.co/meta-llama/Llama-2-13b-chat-hf/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"float16","vocab_size":32000,"hidden_size":5120,"intermediate_size":13824,"num_hidden_layers":40,"num_attention_heads":40,"num_key_value_heads":40,"tie_word_embeddings":false,"max_position_embeddings":4096,"hidden_act":"silu","pretraining_tp":1,"rms_norm_eps":0.00001,"rope_scaling":null},"parameters":{"published":13015864320,"basis":"computed from config; same shapes as Llama-2-13b-hf","source":"github file (find_string id 2567470270): \\"meta-llama/Llama-2-13b-chat-hf\\": 13015864320"},"verified":true,"notes":"Config has no head_dim/attention_bias/mlp_bias/rope_theta keys (pre-4.36 config; transformers defaults: head_dim=hidden/heads=128, no biases, rope_theta 10000). Untied lm_head. Early revisions had max_position_embeddings 2048 (mlc-llm preset still shows 2048); current config.json has 4096. The HF checkpoint also stores per-layer rotary_emb.inv_freq buffers in F32 (64 floats/layer), which inflate safetensors totals slightly; they are not weights. Config dumps seen are transformers-reserialized (add attention_bias/rope_theta defaults); only the file keys are kept here."},{"id":"meta-llama/Llama-2-70b-hf","config_source":"https://huggingface.co/meta-llama/Llama-2-70b-hf/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"float16","vocab_size":32000,"hidden_size":8192,"intermediate_size":28672,"num_hidden_layers":80,"num_attention_heads":64,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":4096,"hidden_act":"silu","pretraining_tp":1,"rms_norm_eps":0.00001,"rope_scaling":null},"parameters":{"published":68976648192,"basis":"model.safetensors.index.json total_size 137953316864 bytes = 2*68976648192 F16 + 20480 bytes F32 inv_freq buffers (80 layers x 64 x 4B)","source":"github file (find_string id 15293734452): model.safetensors.index.json for a 15-shard model, \\"total_size\\": 137953316864; togethercomputer/llama-2-70b param map 68976648192 (find_string id 4120541175)"},"verified":true,"notes":"Config has no head_dim/attention_bias/mlp_bias/rope_theta keys (pre-4.36 config; transformers defaults: head_dim=hidden/heads=128, no biases, rope_theta 10000). Untied lm_head. Early revisions had max_position_embeddings 2048 (mlc-llm preset still shows 2048); current config.json has 4096. The HF checkpoint also stores per-layer rotary_emb.inv_freq buffers in F32 (64 floats/layer), which inflate safetensors totals slightly; they are not weights. GQA: 8 KV heads (70B only)."},{"id":"meta-llama/Llama-2-70b-chat-hf","config_source":"https://huggingface.co/meta-llama/Llama-2-70b-chat-hf/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"float16","vocab_size":32000,"hidden_size":8192,"intermediate_size":28672,"num_hidden_layers":80,"num_attention_heads":64,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":4096,"hidden_act":"silu","pretraining_tp":1,"rms_norm_eps":0.00001,"rope_scaling":null},"parameters":{"published":68976648192,"basis":"same shapes as Llama-2-70b-hf","source":"github file (find_string id 59426614396): catalogLookup(\'meta-llama/Llama-2-70b-chat-hf\').parameterCount === 68976648192; togethercomputer/llama-2-70b-chat 68976648192 (find_string id 4120541175)"},"verified":true,"notes":"Config has no head_dim/attention_bias/mlp_bias/rope_theta keys (pre-4.36 config; transformers defaults: head_dim=hidden/heads=128, no biases, rope_theta 10000). Untied lm_head. Early revisions had max_position_embeddings 2048 (mlc-llm preset still shows 2048); current config.json has 4096. The HF checkpoint also stores per-layer rotary_emb.inv_freq buffers in F32 (64 floats/layer), which inflate safetensors totals slightly; they are not weights. No verbatim copy of the 70b-chat config.json found; hidden/intermediate/layers/heads/vocab confirmed by gpu_poor, num_key_value_heads 8 taken from the identical 70b-hf config (GQA per model card)."},{"id":"meta-llama/Meta-Llama-3-8B","config_source":"https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":4096,"intermediate_size":14336,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":8192,"hidden_act":"silu","attention_bias":false,"rope_theta":500000,"rope_scaling":null},"parameters":{"published":8030261248,"basis":"HF API safetensors metadata (BF16 8030261248); index total_size 16060522496 bytes","source":"github:daniel-p-green/alain-ai-learning-platform/out/research-meta-llama-meta-llama-3-8b/sources/huggingface/model.json: \\"safetensors\\": {\\"parameters\\": {\\"BF16\\": 8030261248}, \\"total\\": 8030261248}"},"verified":true,"notes":"Config has attention_bias false but no mlp_bias/head_dim keys (transformers 4.40.0.dev0). rope_scaling null, 8K context. Untied embeddings. eos_token_id 128001 (base)."},{"id":"meta-llama/Meta-Llama-3-8B-Instruct","config_source":"https://huggingface.co/meta-llama/Meta-Llama-3-8B-Instruct/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":4096,"intermediate_size":14336,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":8192,"hidden_act":"silu","attention_bias":false,"rope_theta":500000,"rope_scaling":null},"parameters":{"published":8030261248,"basis":"same shapes as Meta-Llama-3-8B (BF16 8030261248)","source":"github file (find_string id 2567470270): \\"meta-llama/Meta-Llama-3-8B-Instruct\\": 8030261248"},"verified":true,"notes":"Identical to Meta-Llama-3-8B except eos_token_id 128009. No mlp_bias/head_dim keys in config.json."},{"id":"meta-llama/Meta-Llama-3-70B-Instruct","aliases":["meta-llama/Meta-Llama-3-70B"],"config_source":"https://huggingface.co/meta-llama/Meta-Llama-3-70B-Instruct/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":8192,"intermediate_size":28672,"num_hidden_layers":80,"num_attention_heads":64,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":8192,"hidden_act":"silu","attention_bias":false,"rope_theta":500000,"rope_scaling":null,"mlp_bias":false},"parameters":{"published":70553706496,"basis":"computed from config; equals the HF safetensors count published for the Llama-3.x 70B shape (70553706496)","source":"computed; same shape count as meta-llama/Llama-3.1-70B safetensors BF16 70553706496 (find_string id 53284072201)"},"verified":true,"notes":"8K context, rope_scaling null, rope_theta 500000. One dump (vLLM test) shows mlp_bias false (later config revision); the blog copy has no mlp_bias key — shape-irrelevant. eos 128009 (instruct)."},{"id":"meta-llama/Llama-3.1-8B","aliases":["meta-llama/Meta-Llama-3.1-8B"],"config_source":"https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":4096,"intermediate_size":14336,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"mlp_bias":false,"rope_theta":500000,"rope_scaling":{"factor":8,"low_freq_factor":1,"high_freq_factor":4,"original_max_position_embeddings":8192,"rope_type":"llama3"}},"parameters":{"published":8030261248,"basis":"HF API safetensors (BF16 8030261248)","source":"github file (find_string id 71571056092): \\"meta-llama/Llama-3.1-8B\\": (8030261248, \\"d04e592bb4f6aa9cfee91e2e20afa771667e1d4b\\")"},"verified":true,"notes":"Repo renamed from meta-llama/Meta-Llama-3.1-8B. Same shapes as Instruct; base eos_token_id 128001. No head_dim key."},{"id":"meta-llama/Llama-3.1-8B-Instruct","aliases":["meta-llama/Meta-Llama-3.1-8B-Instruct"],"config_source":"https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":4096,"intermediate_size":14336,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"mlp_bias":false,"rope_theta":500000,"rope_scaling":{"factor":8,"low_freq_factor":1,"high_freq_factor":4,"original_max_position_embeddings":8192,"rope_type":"llama3"}},"parameters":{"published":8030261248,"basis":"HF API safetensors metadata (BF16 8030261248)","source":"github:daniel-p-green/alain-ai-learning-platform/out/research-meta-llama-llama-3-1-8b-instruct/sources/huggingface/model.json: {\\"parameters\\": {\\"BF16\\": 8030261248}, \\"total\\": 8030261248}"},"verified":true,"notes":"Repo renamed from meta-llama/Meta-Llama-3.1-8B-Instruct. eos_token_id [128001,128008,128009]. No head_dim key. Untied."},{"id":"meta-llama/Llama-3.1-70B-Instruct","aliases":["meta-llama/Meta-Llama-3.1-70B-Instruct","meta-llama/Llama-3.1-70B","meta-llama/Meta-Llama-3.1-70B"],"config_source":"https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":8192,"intermediate_size":28672,"num_hidden_layers":80,"num_attention_heads":64,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"mlp_bias":false,"rope_theta":500000,"rope_scaling":{"factor":8,"low_freq_factor":1,"high_freq_factor":4,"original_max_position_embeddings":8192,"rope_type":"llama3"}},"parameters":{"published":70553706496,"basis":"HF API safetensors (BF16 70553706496) for the 3.1-70B shape","source":"github file (find_string id 53284072201): \\"meta-llama/Llama-3.1-70B\\": {\\"safetensors\\": {\\"parameters\\": {\\"BF16\\": 70553706496}, \\"total\\": 70553706496}}; index total_size 141107412992 = 2*70553706496 (find_string id 70904478004, Llama-3.1-70B-Instruct inventory)"},"verified":true,"notes":"Renamed from Meta-Llama-3.1-70B-Instruct. Base Llama-3.1-70B has identical shapes (eos differs)."},{"id":"meta-llama/Llama-3.1-405B-Instruct","aliases":["meta-llama/Meta-Llama-3.1-405B-Instruct","meta-llama/Llama-3.1-405B","meta-llama/Meta-Llama-3.1-405B"],"config_source":"https://huggingface.co/meta-llama/Llama-3.1-405B-Instruct/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":16384,"intermediate_size":53248,"num_hidden_layers":126,"num_attention_heads":128,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"mlp_bias":false,"rope_theta":500000,"rope_scaling":{"factor":8,"low_freq_factor":1,"high_freq_factor":4,"original_max_position_embeddings":8192,"rope_type":"llama3"}},"parameters":{"published":405853388800,"basis":"HF API safetensors count for the 405B shape (BF16); equals config arithmetic","source":"github file (find_string id 71571056092): \\"meta-llama/Llama-3.1-405B\\": (405853388800, \\"b906e4dc842aa489c962f9db26554dcfdde901fe\\"); Meta 405B count 405853388800 also in find_string ids 71561036585, 71637296508"},"verified":true,"notes":"No verbatim copy of the 405B config.json seen; hidden/intermediate/layers/heads/kv/vocab/max_pos confirmed by 3+ secondary copies and by the exact parameter count (405,853,388,800 requires kv=8, untied). rope_scaling assumed identical to other 3.1 models (factor 8) — not directly seen for 405B. Beware: Meta\'s original MP16 checkpoint/TRT-LLM examples use 16 KV heads (duplicated); the HF config has 8."},{"id":"meta-llama/Llama-3.1-405B-Instruct-FP8","aliases":["meta-llama/Meta-Llama-3.1-405B-Instruct-FP8"],"config_source":"https://huggingface.co/meta-llama/Llama-3.1-405B-Instruct-FP8/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":16384,"intermediate_size":53248,"num_hidden_layers":126,"num_attention_heads":128,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"mlp_bias":false,"rope_theta":500000,"rope_scaling":{"factor":8,"low_freq_factor":1,"high_freq_factor":4,"original_max_position_embeddings":8192,"rope_type":"llama3"},"quantization_config":{"activation_scale_ub":1200,"modules_to_not_convert":["model.layers.0","model.layers.125","lm_head","model.layers.1.self_attn","model.layers.2.self_attn","model.layers.3.self_attn","model.layers.4.self_attn","model.layers.5.self_attn","model.layers.6.self_attn","model.layers.7.self_attn","model.layers.8.self_attn","model.layers.9.self_attn","model.layers.10.self_attn","model.layers.11.self_attn","model.layers.12.self_attn","model.layers.13.self_attn","model.layers.14.self_attn","model.layers.15.self_attn","model.layers.16.self_attn","model.layers.17.self_attn","model.layers.18.self_attn","model.layers.19.self_attn","model.layers.20.self_attn","model.layers.21.self_attn","model.layers.22.self_attn","model.layers.23.self_attn","model.layers.24.self_attn","model.layers.25.self_attn","model.layers.26.self_attn","model.layers.27.self_attn","model.layers.28.self_attn","model.layers.29.self_attn","model.layers.30.self_attn","model.layers.31.self_attn","model.layers.32.self_attn","model.layers.33.self_attn","model.layers.34.self_attn","model.layers.35.self_attn","model.layers.36.self_attn","model.layers.37.self_attn","model.layers.38.self_attn","model.layers.39.self_attn","model.layers.40.self_attn","model.layers.41.self_attn","model.layers.42.self_attn","model.layers.43.self_attn","model.layers.44.self_attn","model.layers.45.self_attn","model.layers.46.self_attn","model.layers.47.self_attn","model.layers.48.self_attn","model.layers.49.self_attn","model.layers.50.self_attn","model.layers.51.self_attn","model.layers.52.self_attn","model.layers.53.self_attn","model.layers.54.self_attn","model.layers.55.self_attn","model.layers.56.self_attn","model.layers.57.self_attn","model.layers.58.self_attn","model.layers.59.self_attn","model.layers.60.self_attn","model.layers.61.self_attn","model.layers.62.self_attn","model.layers.63.self_attn","model.layers.64.self_attn","model.layers.65.self_attn","model.layers.66.self_attn","model.layers.67.self_attn","model.layers.68.self_attn","model.layers.69.self_attn","model.layers.70.self_attn","model.layers.71.self_attn","model.layers.72.self_attn","model.layers.73.self_attn","model.layers.74.self_attn","model.layers.75.self_attn","model.layers.76.self_attn","model.layers.77.self_attn","model.layers.78.self_attn","model.layers.79.self_attn","model.layers.80.self_attn","model.layers.81.self_attn","model.layers.82.self_attn","model.layers.83.self_attn","model.layers.84.self_attn","model.layers.85.self_attn","model.layers.86.self_attn","model.layers.87.self_attn","model.layers.88.self_attn","model.layers.89.self_attn","model.layers.90.self_attn","model.layers.91.self_attn","model.layers.92.self_attn","model.layers.93.self_attn","model.layers.94.self_attn","model.layers.95.self_attn","model.layers.96.self_attn","model.layers.97.self_attn","model.layers.98.self_attn","model.layers.99.self_attn","model.layers.100.self_attn","model.layers.101.self_attn","model.layers.102.self_attn","model.layers.103.self_attn","model.layers.104.self_attn","model.layers.105.self_attn","model.layers.106.self_attn","model.layers.107.self_attn","model.layers.108.self_attn","model.layers.109.self_attn","model.layers.110.self_attn","model.layers.111.self_attn","model.layers.112.self_attn","model.layers.113.self_attn","model.layers.114.self_attn","model.layers.115.self_attn","model.layers.116.self_attn","model.layers.117.self_attn","model.layers.118.self_attn","model.layers.119.self_attn","model.layers.120.self_attn","model.layers.121.self_attn","model.layers.122.self_attn","model.layers.123.self_attn","model.layers.124.self_attn"],"quant_method":"fbgemm_fp8"}},"parameters":{"published":405853388800,"basis":"logical weight count (same tensors as BF16 405B); NOT the FP8 repo\'s own safetensors metadata","source":"computed; BF16 405B count 405853388800 (find_string id 71571056092)"},"verified":false,"notes":"quantization_config NOT seen verbatim: reconstructed from the HF conversion script (fbgemm_fp8, per-row FP8 weights, dynamic per-token activation scaling with activation_scale_ub 1200). Exact list/order in the real config.json unverified. Storage implied: FP8 only for the MLP gate/up/down of layers 1-124 = 324,538,466,304 params at 1 byte; everything else (attention in all layers, MLP of layers 0 and 125, embeddings, lm_head, norms) = 81,314,922,496 params in BF16; plus F32 per-output-row weight_scale (15,237,120 values) and one input_scale_ub per FP8 linear. Implied weight bytes ~= 487.23 GB. Other config keys assumed identical to Llama-3.1-405B-Instruct."},{"id":"meta-llama/Llama-3.2-1B","config_source":"https://huggingface.co/meta-llama/Llama-3.2-1B/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":2048,"intermediate_size":8192,"num_hidden_layers":16,"num_attention_heads":32,"num_key_value_heads":8,"head_dim":64,"tie_word_embeddings":true,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"mlp_bias":false,"rope_theta":500000,"rope_scaling":{"factor":32,"high_freq_factor":4,"low_freq_factor":1,"original_max_position_embeddings":8192,"rope_type":"llama3"}},"parameters":{"published":1235814400,"basis":"HF API safetensors metadata (BF16 1235814400)","source":"github:daniel-p-green/alain-ai-learning-platform/out/research-meta-llama-llama-3-2-1b/sources/huggingface/model.json: {\\"parameters\\": {\\"BF16\\": 1235814400}, \\"total\\": 1235814400}"},"verified":true,"notes":"Tied embeddings (tie_word_embeddings true; no separate lm_head tensor). Explicit head_dim 64. Single model.safetensors (no index). Config keys copied from the Instruct config (identical except eos_token_id 128001 for base)."},{"id":"meta-llama/Llama-3.2-1B-Instruct","config_source":"https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":2048,"intermediate_size":8192,"num_hidden_layers":16,"num_attention_heads":32,"num_key_value_heads":8,"head_dim":64,"tie_word_embeddings":true,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"mlp_bias":false,"rope_theta":500000,"rope_scaling":{"factor":32,"high_freq_factor":4,"low_freq_factor":1,"original_max_position_embeddings":8192,"rope_type":"llama3"}},"parameters":{"published":1235814400,"basis":"HF API safetensors metadata (BF16 1235814400)","source":"github:daniel-p-green/alain-ai-learning-platform/out/research-meta-llama-llama-3-2-1b-instruct/sources/huggingface/model.json: {\\"parameters\\": {\\"BF16\\": 1235814400}, \\"total\\": 1235814400}"},"verified":true,"notes":"Tied embeddings; explicit head_dim 64."},{"id":"meta-llama/Llama-3.2-3B","config_source":"https://huggingface.co/meta-llama/Llama-3.2-3B/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":3072,"intermediate_size":8192,"num_hidden_layers":28,"num_attention_heads":24,"num_key_value_heads":8,"head_dim":128,"tie_word_embeddings":true,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"mlp_bias":false,"rope_theta":500000,"rope_scaling":{"factor":32,"high_freq_factor":4,"low_freq_factor":1,"original_max_position_embeddings":8192,"rope_type":"llama3"}},"parameters":{"published":3212749824,"basis":"HF safetensors count (BF16 3212749824) for the 3.2-3B shape","source":"github:daniel-p-green/alain-ai-learning-platform/out/research-context-labs-meta-llama-llama-3-2-3b-instruct-fp16/sources/huggingface/model.json (mirror of 3B-Instruct): {\\"BF16\\": 3212749824}; license/param map \'meta-llama/Llama-3.2-3B-Instruct\': (\'llama3.2\', 3212749824) (find_string id 71142266638). Base 3B assumed same count (identical shapes)"},"verified":true,"notes":"Tied embeddings; explicit head_dim 128 (24 heads x 128 = 3072). Base config not seen verbatim; keys from the Instruct config (identical except eos 128001)."},{"id":"meta-llama/Llama-3.2-3B-Instruct","config_source":"https://huggingface.co/meta-llama/Llama-3.2-3B-Instruct/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":3072,"intermediate_size":8192,"num_hidden_layers":28,"num_attention_heads":24,"num_key_value_heads":8,"head_dim":128,"tie_word_embeddings":true,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"mlp_bias":false,"rope_theta":500000,"rope_scaling":{"factor":32,"high_freq_factor":4,"low_freq_factor":1,"original_max_position_embeddings":8192,"rope_type":"llama3"}},"parameters":{"published":3212749824,"basis":"HF API safetensors metadata (BF16 3212749824)","source":"github file (find_string id 62236475441): \'safetensors.parameters.BF16 = 3212749824\' for meta-llama/Llama-3.2-3B-Instruct at commit 0cb88a4f764b7a12671c53f0838cd831a0843b95"},"verified":true,"notes":"Tied embeddings; explicit head_dim 128."},{"id":"meta-llama/Llama-3.2-11B-Vision-Instruct","aliases":["meta-llama/Llama-3.2-11B-Vision"],"config_source":"https://huggingface.co/meta-llama/Llama-3.2-11B-Vision-Instruct/blob/main/config.json","config":{"model_type":"mllama","architectures":["MllamaForConditionalGeneration"],"torch_dtype":"bfloat16","image_token_index":128256,"text_config":{"model_type":"mllama_text_model","vocab_size":128256,"hidden_size":4096,"intermediate_size":14336,"num_hidden_layers":40,"num_attention_heads":32,"num_key_value_heads":8,"cross_attention_layers":[3,8,13,18,23,28,33,38],"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","rope_theta":500000,"rope_scaling":{"factor":8,"low_freq_factor":1,"high_freq_factor":4,"original_max_position_embeddings":8192,"rope_type":"llama3"},"torch_dtype":"bfloat16"},"vision_config":{"model_type":"mllama_vision_model","hidden_size":1280,"intermediate_size":5120,"num_hidden_layers":32,"num_global_layers":8,"attention_heads":16,"image_size":560,"patch_size":14,"num_channels":3,"max_num_tiles":4,"vision_output_dim":7680,"intermediate_layers_indices":[3,7,15,23,30],"hidden_act":"gelu","norm_eps":0.00001,"supported_aspect_ratios":[[1,1],[1,2],[1,3],[1,4],[2,1],[2,2],[3,1],[4,1]]}},"parameters":{"published":10670220835,"basis":"HF API safetensors total (BF16) as recorded in a model-size map; reproduced exactly by arithmetic over this config","source":"github file (find_string id 12439498600): \\"meta-llama/llama-3.2-11b-vision-instruct\\": 10670220835 (model card: \'11B (10.6)\')"},"verified":true,"notes":"mllama: num_hidden_layers counts self-attn AND cross-attn decoder layers (cross layers listed in cross_attention_layers; each has q/k/v/o, per-head q_norm/k_norm, MLP and two scalar tanh gates). HF MllamaTextModel embed_tokens has vocab_size+8 rows (128264) while lm_head has 128256. Vision tower: 32 local + 8 gated global ViT layers (hidden 1280, MLP 5120, fc biases, LayerNorm with bias), patch conv 3x14x14 no bias, class embedding, gated positional + tile embeddings (9 aspect ids x 4 tiles x 1601 patches x 1280), pre/post tile aspect embeddings; multi_modal_projector Linear(7680 -> text hidden, bias). Vision tower total = 863,567,379 params (computed). vision_config.tie_word_embeddings true is a meaningless default there. The exact 10,670,220,835 match (odd count from scalar gates) validates every shape above including the +8 embedding rows. text 9,775,192,080 + vision 863,567,379 + projector 31,461,376."},{"id":"meta-llama/Llama-3.2-90B-Vision-Instruct","aliases":["meta-llama/Llama-3.2-90B-Vision"],"config_source":"https://huggingface.co/meta-llama/Llama-3.2-90B-Vision-Instruct/blob/main/config.json","config":{"model_type":"mllama","architectures":["MllamaForConditionalGeneration"],"torch_dtype":"bfloat16","image_token_index":128256,"text_config":{"model_type":"mllama_text_model","vocab_size":128256,"hidden_size":8192,"intermediate_size":28672,"num_hidden_layers":100,"num_attention_heads":64,"num_key_value_heads":8,"cross_attention_layers":[3,8,13,18,23,28,33,38,43,48,53,58,63,68,73,78,83,88,93,98],"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","rope_theta":500000,"rope_scaling":{"factor":8,"low_freq_factor":1,"high_freq_factor":4,"original_max_position_embeddings":8192,"rope_type":"llama3"},"torch_dtype":"bfloat16"},"vision_config":{"model_type":"mllama_vision_model","hidden_size":1280,"intermediate_size":5120,"num_hidden_layers":32,"num_global_layers":8,"attention_heads":16,"image_size":560,"patch_size":14,"num_channels":3,"max_num_tiles":4,"vision_output_dim":7680,"intermediate_layers_indices":[3,7,15,23,30],"hidden_act":"gelu","norm_eps":0.00001,"supported_aspect_ratios":[[1,1],[1,2],[1,3],[1,4],[2,1],[2,2],[3,1],[4,1]]}},"parameters":{"published":88800000000,"basis":"model card Params column: \'90B (88.8)\'","source":"https://huggingface.co/meta-llama/Llama-3.2-90B-Vision-Instruct"},"verified":false,"notes":"mllama: num_hidden_layers counts self-attn AND cross-attn decoder layers (cross layers listed in cross_attention_layers; each has q/k/v/o, per-head q_norm/k_norm, MLP and two scalar tanh gates). HF MllamaTextModel embed_tokens has vocab_size+8 rows (128264) while lm_head has 128256. Vision tower: 32 local + 8 gated global ViT layers (hidden 1280, MLP 5120, fc biases, LayerNorm with bias), patch conv 3x14x14 no bias, class embedding, gated positional + tile embeddings (9 aspect ids x 4 tiles x 1601 patches x 1280), pre/post tile aspect embeddings; multi_modal_projector Linear(7680 -> text hidden, bias). Vision tower total = 863,567,379 params (computed). vision_config.tie_word_embeddings true is a meaningless default there. Config seen verbatim once (tt-metal copy, 4.45.0.dev0): text 8192/28672/100 layers (80 self + 20 cross), 64 heads, 8 KV. Parameter total unverified: computed 88,593,355,323 (text 87,666,865,192 + vision 863,567,379 + projector 62,922,752)."},{"id":"meta-llama/Llama-3.3-70B-Instruct","config_source":"https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":8192,"intermediate_size":28672,"num_hidden_layers":80,"num_attention_heads":64,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"mlp_bias":false,"rope_theta":500000,"rope_scaling":{"factor":8,"low_freq_factor":1,"high_freq_factor":4,"original_max_position_embeddings":8192,"rope_type":"llama3"}},"parameters":{"published":70553706496,"basis":"HF API safetensors metadata (BF16 70553706496)","source":"github file (find_string id 57412532707): ID \\"meta-llama/Llama-3.3-70B-Instruct\\", Parameters: map{\\"BF16\\": 70553706496}; also \'meta-llama/Llama-3.3-70B-Instruct\': (\'llama3.3\', 70553706496) (find_string id 71142266638)"},"verified":true,"notes":"Architecturally identical to Llama-3.1-70B-Instruct; config.json not seen verbatim — non-dimension keys (rope_scaling factor 8, mlp_bias) assumed from 3.1-70B."},{"id":"deepseek-ai/DeepSeek-R1-Distill-Llama-8B","config_source":"https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Llama-8B/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":4096,"intermediate_size":14336,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"mlp_bias":false,"rope_theta":500000,"rope_scaling":{"factor":8,"low_freq_factor":1,"high_freq_factor":4,"original_max_position_embeddings":8192,"rope_type":"llama3"}},"parameters":{"published":8030261248,"basis":"HF API safetensors metadata (BF16 8030261248)","source":"github:daniel-p-green/alain-ai-learning-platform/out/research-deepseek-ai-deepseek-r1-distill-llama-8b/sources/huggingface/model.json (sha 6a6f4aa4...): {\\"parameters\\": {\\"BF16\\": 8030261248}, \\"total\\": 8030261248}"},"verified":true,"notes":"Fine-tune of Llama-3.1-8B (same shapes). bos 128000, eos 128001; tokenizer differs but vocab_size stays 128256."},{"id":"deepseek-ai/DeepSeek-R1-Distill-Llama-70B","config_source":"https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Llama-70B/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":128256,"hidden_size":8192,"intermediate_size":28672,"num_hidden_layers":80,"num_attention_heads":64,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","attention_bias":false,"mlp_bias":false,"rope_theta":500000,"rope_scaling":{"factor":8,"low_freq_factor":1,"high_freq_factor":4,"original_max_position_embeddings":8192,"rope_type":"llama3"}},"parameters":{"published":70553706496,"basis":"parameter count read from the GGUF metadata of a conversion (general.parameter_count); equals Llama-3.x-70B shape count","source":"github file (find_string id 69538494549): Params: 70553706496 // 70.55 B for DeepSeek-R1-Distill-Llama-70B"},"verified":true,"notes":"Fine-tune of Llama-3.3-70B-Instruct (per DeepSeek model card); config.json not seen verbatim. hidden 8192/80 layers/131072 ctx seen; intermediate 28672, 64 heads, 8 KV and untied 128256 vocab are implied by the exact 70,553,706,496 count. rope_scaling/mlp_bias assumed from Llama-3.3."},{"id":"TinyLlama/TinyLlama-1.1B-Chat-v1.0","config_source":"https://huggingface.co/TinyLlama/TinyLlama-1.1B-Chat-v1.0/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"bfloat16","vocab_size":32000,"hidden_size":2048,"intermediate_size":5632,"num_hidden_layers":22,"num_attention_heads":32,"num_key_value_heads":4,"tie_word_embeddings":false,"max_position_embeddings":2048,"hidden_act":"silu","attention_bias":false,"rope_theta":10000,"rope_scaling":null},"parameters":{"published":1100048384,"basis":"HF API safetensors metadata (BF16 1100048384)","source":"github:daniel-p-green/alain-ai-learning-platform/out/research-tinyllama-tinyllama-1-1b-chat-v1-0/sources/huggingface/model.json: {\\"parameters\\": {\\"BF16\\": 1100048384}, \\"total\\": 1100048384}"},"verified":true,"notes":"GQA 32 q heads / 4 KV heads, head_dim 64. Untied. No mlp_bias/head_dim keys (transformers 4.35.0)."},{"id":"lmsys/vicuna-7b-v1.3","config_source":"https://huggingface.co/lmsys/vicuna-7b-v1.3/blob/main/config.json","config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"torch_dtype":"float16","vocab_size":32000,"hidden_size":4096,"intermediate_size":11008,"num_hidden_layers":32,"num_attention_heads":32,"max_position_embeddings":2048,"hidden_act":"silu","tie_word_embeddings":false},"parameters":{"published":6738415616,"basis":"computed from config (LLaMA-1 7B shape); no published safetensors count found","source":"computed: 32000*4096*2 + 32*(4*4096^2 + 3*4096*11008 + 2*4096) + 4096 = 6738415616 (same as LLaMA-7B, widely cited)"},"verified":false,"notes":"LLaMA-1 7B fine-tune. config.json not seen verbatim: num_key_value_heads is probably absent (pre-GQA config, defaults to num_attention_heads=32); tie_word_embeddings presence unconfirmed (value false either way — untied lm_head). rms_norm_eps believed 1e-06. Checkpoint distributed as pytorch_model*.bin (fp16); may contain rotary inv_freq buffers."}]}');
;// CONCATENATED MODULE: ./catalog/models/mistral.json
const mistral_namespaceObject = /*#__PURE__*/JSON.parse('{"family":"mistral","description":"config.json facts of catalog models (Hugging Face names, values as published) and published parameter totals; `verified` is false where the config was rebuilt from secondary copies (see notes).","models":[{"id":"mistralai/Mistral-7B-v0.1","config_source":"https://huggingface.co/mistralai/Mistral-7B-v0.1/blob/main/config.json","config":{"architectures":["MistralForCausalLM"],"hidden_act":"silu","hidden_size":4096,"intermediate_size":14336,"max_position_embeddings":32768,"model_type":"mistral","num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":8,"rope_theta":10000,"sliding_window":4096,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32000},"parameters":{"published":7241732096,"basis":"HF API safetensors total (Hub safetensors metadata)","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'mistralai/Mistral-7B-v0.1\' parameters_raw 7241732096; also github:teilomillet/kvfit/scripts/build_registry.py (MODELS table: \\"exact params from HF safetensors\\", from https://huggingface.co/api/models/<repo>?expand[]=safetensors): (\'Mistral-7B-v0.1\', ..., 7241732096). Equals exact config arithmetic; bf16 index total_size 14483464192 / 2."},"verified":true,"notes":"Untied lm_head (tie_word_embeddings false in config). head_dim absent from config (=4096/32=128). GQA 32q/8kv. sliding_window 4096 applies to all 32 layers (uniform SWA) - KV cache can be capped at 4096 tokens per layer by SWA-aware engines; max_position_embeddings 32768. Instruct-v0.1 has an identical config and weight shapes."},{"id":"mistralai/Mistral-7B-Instruct-v0.1","config_source":"https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.1/blob/main/config.json","config":{"architectures":["MistralForCausalLM"],"hidden_act":"silu","hidden_size":4096,"intermediate_size":14336,"max_position_embeddings":32768,"model_type":"mistral","num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":8,"rope_theta":10000,"sliding_window":4096,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32000},"parameters":{"published":7241732096,"basis":"exact arithmetic from config (identical shapes to Mistral-7B-v0.1) + HF page \'Model size\' of a resharded copy","source":"https://huggingface.co/tribber93/Mistral-7B-Instruct-v0.1-sharded-bf16-2GB: \'Safetensors Model size 7.24B params\'; Mistral-7B-v0.1 (same shapes) HF safetensors total 7241732096 (llmfit/kvfit)."},"verified":true,"notes":"Same config/weights shapes as Mistral-7B-v0.1 (sliding_window 4096, rope_theta 10000, vocab 32000, untied). CONFLICT: llmfit\'s scraped entry for this repo (a \'_discovered\' entry) reports parameters_raw 6036652032, which matches no possible tensor layout for this config; treated as a scrape/API artifact and NOT used. All copies seen were saved by users via transformers (values identical; transformers_version/torch_dtype of copies vary)."},{"id":"mistralai/Mistral-7B-Instruct-v0.2","config_source":"https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.2/blob/main/config.json","config":{"architectures":["MistralForCausalLM"],"hidden_act":"silu","hidden_size":4096,"intermediate_size":14336,"max_position_embeddings":32768,"model_type":"mistral","num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":8,"rope_theta":1000000,"sliding_window":null,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32000},"parameters":{"published":7241732096,"basis":"HF API safetensors total + safetensors index total_size/2 (bf16)","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): parameters_raw 7241732096; find_string hit of a GitHub plan doc: \'Shaped from mistralai/Mistral-7B-Instruct-v0.2 (3 shards, 291 tensors) ... \\"metadata\\": { \\"total_size\\": 14483464192 }\' -> 7241732096"},"verified":true,"notes":"Same tensor shapes as v0.1 but different config: sliding_window null (full attention, KV grows to 32768), rope_theta 1e6. Not an alias of v0.1. An aws-neuron export (https://huggingface.co/aws-neuron/Mistral-7B-Instruct-v0.2-seqlen-2048-bs-1-cores-2/...) shows sliding_window 4096 — believed to be a stale/early value; all other copies and the official card say no SWA. Untied lm_head."},{"id":"mistralai/Mistral-7B-Instruct-v0.3","aliases":["mistralai/Mistral-7B-v0.3"],"config_source":"https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3/blob/main/config.json","config":{"architectures":["MistralForCausalLM"],"hidden_act":"silu","hidden_size":4096,"intermediate_size":14336,"max_position_embeddings":32768,"model_type":"mistral","num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":8,"rope_theta":1000000,"sliding_window":null,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32768},"parameters":{"published":7248023552,"basis":"HF API safetensors total + safetensors index total_size/2 (bf16)","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): parameters_raw 7248023552; github:teilomillet/kvfit/scripts/build_registry.py (MODELS table: \\"exact params from HF safetensors\\", from https://huggingface.co/api/models/<repo>?expand[]=safetensors): (\'Mistral-7B-v0.3\', \'mistralai_Mistral-7B-Instruct-v0.3\', 7248023552); GitHub doc comment \'verified against Mistral 7B v0.3 ... \\"total_size\\": 14496047104\'"},"verified":true,"notes":"vocab 32768 (v3 tokenizer), sliding_window null, rope_theta 1e6, untied lm_head, head_dim absent (=128). Repo also contains consolidated.safetensors (mistral-inference format, same weights) - do not double count when sizing downloads."},{"id":"mistralai/Mistral-Nemo-Instruct-2407","config_source":"https://huggingface.co/mistralai/Mistral-Nemo-Instruct-2407/blob/main/config.json","config":{"architectures":["MistralForCausalLM"],"head_dim":128,"hidden_act":"silu","hidden_size":5120,"intermediate_size":14336,"max_position_embeddings":131072,"model_type":"mistral","num_attention_heads":32,"num_hidden_layers":40,"num_key_value_heads":8,"rope_theta":1000000,"sliding_window":null,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":131072},"parameters":{"published":12247782400,"basis":"HF API safetensors total + safetensors index total_size/2 (bf16)","source":"github:teilomillet/kvfit/scripts/build_registry.py (MODELS table: \\"exact params from HF safetensors\\", from https://huggingface.co/api/models/<repo>?expand[]=safetensors): (\'Mistral-Nemo-12B\', \'mistralai_Mistral-Nemo-Instruct-2407\', 12247782400); GitHub FACTS dict \'safetensors_total_bytes\': 24495564800 (/2 = 12247782400)"},"verified":true,"notes":"head_dim 128 is explicit and != hidden/heads (5120/32=160): q_proj is 5120x4096, o_proj 4096x5120. Untied lm_head over a 131072 vocab (~0.67B params each for embed and lm_head). max_position_embeddings was 1024000 in the original upload and later changed to 131072 (copies saved in 2024 show 1024000, later ones 131072). Base model mistralai/Mistral-Nemo-Base-2407 has the same weight shapes but a different max_position_embeddings (128000 in a copy seen at github:kevinstephano/thunder_model_blocks/hf_mistral/mistral_config.py), so not listed as alias. llmfit lists 12247076864 for this repo but it is a hand-entered entry (hf_downloads 0), not used."},{"id":"mistralai/Mistral-Small-24B-Instruct-2501","aliases":["mistralai/Mistral-Small-24B-Base-2501"],"config_source":"https://huggingface.co/mistralai/Mistral-Small-24B-Instruct-2501/blob/main/config.json","config":{"architectures":["MistralForCausalLM"],"head_dim":128,"hidden_act":"silu","hidden_size":5120,"intermediate_size":32768,"max_position_embeddings":32768,"model_type":"mistral","num_attention_heads":32,"num_hidden_layers":40,"num_key_value_heads":8,"rope_theta":100000000,"sliding_window":null,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":131072},"parameters":{"published":23572403200,"basis":"exact arithmetic from config, cross-checked against published counts of identical-architecture checkpoints","source":"23572403200 appears as keras-hub preset params for \'magistral_small_2506_en\' and \'devstral_small_1_1\' (same 40x5120/32768/131072 architecture) and as an HF API safetensors BF16 count in a GitHub test fixture for a 40-layer/5120 model; HF page shows ~23.6B. No direct index total_size (47144806400 expected) was found."},"verified":true,"notes":"Text-only checkpoint (no vision tower; the 2503/3.1 release added vision). head_dim 128 explicit (hidden/heads = 160). Untied lm_head. rope_theta 1e8, max_position_embeddings 32768, no SWA. Copies seen are user re-saves via transformers (identical structural values). llmfit has a placeholder 24000000000 for this repo (hand entry) - not used."},{"id":"mistralai/Mixtral-8x7B-Instruct-v0.1","aliases":["mistralai/Mixtral-8x7B-v0.1"],"config_source":"https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1/blob/main/config.json","config":{"architectures":["MixtralForCausalLM"],"hidden_act":"silu","hidden_size":4096,"intermediate_size":14336,"max_position_embeddings":32768,"model_type":"mixtral","num_attention_heads":32,"num_experts_per_tok":2,"num_hidden_layers":32,"num_key_value_heads":8,"num_local_experts":8,"rope_theta":1000000,"sliding_window":null,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32000},"parameters":{"published":46702792704,"basis":"HF API safetensors total + safetensors index total_size/2 (bf16)","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'mistralai/Mixtral-8x7B-Instruct-v0.1\' parameters_raw 46702792704; GitHub script writing model.safetensors.index.json for Mixtral with \\"total_size\\": 93405585408 (/2)"},"verified":true,"notes":"MoE: 8 experts (w1/w2/w3 each 4096x14336) per layer, top-2; router gate 4096x8 per layer. Active params ~12.9B/token but ALL 46.7B must be resident. Untied lm_head. An early copy (mobiuslabsgmbh HQQ) shows sliding_window 4096; the official file at eba9230 has null."},{"id":"mistralai/Mixtral-8x22B-Instruct-v0.1","config_source":"https://huggingface.co/mistralai/Mixtral-8x22B-Instruct-v0.1/blob/main/config.json","config":{"architectures":["MixtralForCausalLM"],"hidden_act":"silu","hidden_size":6144,"intermediate_size":16384,"max_position_embeddings":65536,"model_type":"mixtral","num_attention_heads":48,"num_experts_per_tok":2,"num_hidden_layers":56,"num_key_value_heads":8,"num_local_experts":8,"rope_theta":1000000,"sliding_window":null,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32768},"parameters":{"published":140630071296,"basis":"HF API safetensors total","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'mistralai/Mixtral-8x22B-Instruct-v0.1\' parameters_raw 140630071296; GitHub model-catalog YAML \'mistral/mixtral-8x22b-instruct-v0-1\': total_parameters 140630071296, total_parameters_source: safetensors, vocab_size 32768"},"verified":true,"notes":"Instruct uses vocab 32768 (v3 tokenizer) while base mistralai/Mixtral-8x22B-v0.1 has vocab 32000 (140620634112 params) - NOT an alias. 8 experts x 56 layers, top-2 (~39.1B active). Untied lm_head. No SWA; max_position_embeddings 65536."},{"id":"mistralai/Mistral-Large-Instruct-2407","config_source":"https://huggingface.co/mistralai/Mistral-Large-Instruct-2407/blob/main/config.json","config":{"architectures":["MistralForCausalLM"],"hidden_act":"silu","hidden_size":12288,"intermediate_size":28672,"max_position_embeddings":131072,"model_type":"mistral","num_attention_heads":96,"num_hidden_layers":88,"num_key_value_heads":8,"rope_theta":1000000,"sliding_window":null,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32768},"parameters":{"published":122610069504,"basis":"exact arithmetic from config (bf16 index total_size would be 245220139008; not found in sources)","source":"GitHub find_string hit: \\"Mistral-Large-2411 uses params_B=122.61; its official 123B model configuration gives an exact dense parameter count of 122610069504\\" (2411 has identical dims/vocab); model card: \'123B parameters\'. No scraped HF total for 2407 found."},"verified":true,"notes":"Dense 88 layers, GQA 96q/8kv, head_dim 128 (=12288/96; later re-saves add explicit \\"head_dim\\": 128). Untied lm_head. max_position_embeddings: early upload 32768, later 131072 (value used here); unverified which transformers_version the current official file carries. Weights ~245 GB in bf16. Mistral Research License."}]}');
;// CONCATENATED MODULE: ./catalog/models/other.json
const other_namespaceObject = /*#__PURE__*/JSON.parse('{"family":"other","description":"config.json facts of catalog models (Hugging Face names, values as published) and published parameter totals; `verified` is false where the config was rebuilt from secondary copies (see notes).","models":[{"id":"EleutherAI/pythia-160m","aliases":["EleutherAI/pythia-160m-deduped"],"config_source":"https://huggingface.co/EleutherAI/pythia-160m/blob/main/config.json","config":{"model_type":"gpt_neox","architectures":["GPTNeoXForCausalLM"],"torch_dtype":"float16","vocab_size":50304,"hidden_size":768,"intermediate_size":3072,"num_hidden_layers":12,"num_attention_heads":12,"tie_word_embeddings":false,"max_position_embeddings":2048,"hidden_act":"gelu","use_parallel_residual":true,"rotary_pct":0.25,"rotary_emb_base":10000,"layer_norm_eps":0.00001},"parameters":{"published":162322944,"basis":"model card total params (Pythia name table); equals NeoX arithmetic","source":"Pythia model card table \'Total Params\' (copied in github files, e.g. find_string id 11932470304 / 59646570972: \'160M | 125M | 162,322,944 | 85,056,000\')"},"verified":true,"notes":"GPT-NeoX: every Linear has a bias (fused query_key_value h->3h, dense h->h, dense_h_to_4h, dense_4h_to_h); LayerNorm with weight+bias (input_layernorm, post_attention_layernorm, final_layer_norm); parallel residual (use_parallel_residual true: attn and MLP both read the block input); partial rotary (rotary_pct 0.25 of head_dim); untied embed_out (no bias) separate from embed_in. vocab_size is padded above the 50277-token tokenizer. Config has no attention_bias/partial_rotary_factor keys (transformers >=4.45 re-serialisations add them). Some checkpoint files also store bool causal-mask buffers (attention.bias / masked_bias); HF \'Model size\' may count them — use the card\'s total below. config.json not seen verbatim for 160m; torch_dtype float16 / rotary_emb_base / layer_norm_eps taken from the sibling 6.9b/12b configs (same suite, same generator)."},{"id":"EleutherAI/pythia-1.4b","aliases":["EleutherAI/pythia-1.4b-deduped"],"config_source":"https://huggingface.co/EleutherAI/pythia-1.4b/blob/main/config.json","config":{"model_type":"gpt_neox","architectures":["GPTNeoXForCausalLM"],"torch_dtype":"float16","vocab_size":50304,"hidden_size":2048,"intermediate_size":8192,"num_hidden_layers":24,"num_attention_heads":16,"tie_word_embeddings":false,"max_position_embeddings":2048,"hidden_act":"gelu","use_parallel_residual":true,"rotary_pct":0.25,"rotary_emb_base":10000,"layer_norm_eps":0.00001},"parameters":{"published":1414647808,"basis":"model card total params; equals NeoX arithmetic","source":"Pythia model card table \'Total Params\' (copied in github files, e.g. find_string id 11932470304 / 59646570972: \'1.4B | 1.3B | 1,414,647,808 | 1,208,602,624\')"},"verified":true,"notes":"GPT-NeoX: every Linear has a bias (fused query_key_value h->3h, dense h->h, dense_h_to_4h, dense_4h_to_h); LayerNorm with weight+bias (input_layernorm, post_attention_layernorm, final_layer_norm); parallel residual (use_parallel_residual true: attn and MLP both read the block input); partial rotary (rotary_pct 0.25 of head_dim); untied embed_out (no bias) separate from embed_in. vocab_size is padded above the 50277-token tokenizer. Config has no attention_bias/partial_rotary_factor keys (transformers >=4.45 re-serialisations add them). Some checkpoint files also store bool causal-mask buffers (attention.bias / masked_bias); HF \'Model size\' may count them — use the card\'s total below. config.json not seen verbatim for 1.4b; non-dimension keys from sibling configs."},{"id":"EleutherAI/pythia-6.9b","aliases":["EleutherAI/pythia-6.9b-deduped"],"config_source":"https://huggingface.co/EleutherAI/pythia-6.9b/blob/main/config.json","config":{"model_type":"gpt_neox","architectures":["GPTNeoXForCausalLM"],"torch_dtype":"float16","vocab_size":50432,"hidden_size":4096,"intermediate_size":16384,"num_hidden_layers":32,"num_attention_heads":32,"tie_word_embeddings":false,"max_position_embeddings":2048,"hidden_act":"gelu","use_parallel_residual":true,"rotary_pct":0.25,"rotary_emb_base":10000,"layer_norm_eps":0.00001},"parameters":{"published":6857302016,"basis":"model card total params; equals NeoX arithmetic","source":"Pythia model card table \'Total Params\' (copied in github files, e.g. find_string id 11932470304 / 59646570972: \'6.9B | 6.7B | 6,857,302,016 | 6,444,163,072\')"},"verified":true,"notes":"GPT-NeoX: every Linear has a bias (fused query_key_value h->3h, dense h->h, dense_h_to_4h, dense_4h_to_h); LayerNorm with weight+bias (input_layernorm, post_attention_layernorm, final_layer_norm); parallel residual (use_parallel_residual true: attn and MLP both read the block input); partial rotary (rotary_pct 0.25 of head_dim); untied embed_out (no bias) separate from embed_in. vocab_size is padded above the 50277-token tokenizer. Config has no attention_bias/partial_rotary_factor keys (transformers >=4.45 re-serialisations add them). Some checkpoint files also store bool causal-mask buffers (attention.bias / masked_bias); HF \'Model size\' may count them — use the card\'s total below. Deduped and non-deduped share hyperparameters (model card)."},{"id":"EleutherAI/pythia-12b","aliases":["EleutherAI/pythia-12b-deduped"],"config_source":"https://huggingface.co/EleutherAI/pythia-12b/blob/main/config.json","config":{"model_type":"gpt_neox","architectures":["GPTNeoXForCausalLM"],"torch_dtype":"float16","vocab_size":50688,"hidden_size":5120,"intermediate_size":20480,"num_hidden_layers":36,"num_attention_heads":40,"tie_word_embeddings":false,"max_position_embeddings":2048,"hidden_act":"gelu","use_parallel_residual":true,"rotary_pct":0.25,"rotary_emb_base":10000,"layer_norm_eps":0.00001},"parameters":{"published":11846072320,"basis":"model card total params; equals NeoX arithmetic","source":"Pythia model card table \'Total Params\' (copied in github files, e.g. find_string id 11932470304 / 59646570972: \'12B | 13B | 11,846,072,320 | 11,327,027,200\')"},"verified":true,"notes":"GPT-NeoX: every Linear has a bias (fused query_key_value h->3h, dense h->h, dense_h_to_4h, dense_4h_to_h); LayerNorm with weight+bias (input_layernorm, post_attention_layernorm, final_layer_norm); parallel residual (use_parallel_residual true: attn and MLP both read the block input); partial rotary (rotary_pct 0.25 of head_dim); untied embed_out (no bias) separate from embed_in. vocab_size is padded above the 50277-token tokenizer. Config has no attention_bias/partial_rotary_factor keys (transformers >=4.45 re-serialisations add them). Some checkpoint files also store bool causal-mask buffers (attention.bias / masked_bias); HF \'Model size\' may count them — use the card\'s total below. One third-party note says the HF card lists 11,846,072,448 for 12B (128 more); the card table copies seen say 11,846,072,320, which matches arithmetic."},{"id":"CohereForAI/c4ai-command-r-v01","aliases":["CohereLabs/c4ai-command-r-v01"],"config_source":"https://huggingface.co/CohereForAI/c4ai-command-r-v01/blob/main/config.json","config":{"model_type":"cohere","architectures":["CohereForCausalLM"],"torch_dtype":"float16","vocab_size":256000,"hidden_size":8192,"intermediate_size":22528,"num_hidden_layers":40,"num_attention_heads":64,"num_key_value_heads":64,"max_position_embeddings":8192,"hidden_act":"silu","attention_bias":false,"logit_scale":0.0625,"rope_theta":8000000,"layer_norm_eps":0.00001},"parameters":{"published":35000000000,"basis":"model card: \'35 billion parameters\'","source":"https://huggingface.co/CohereForAI/c4ai-command-r-v01"},"verified":true,"notes":"Cohere (model_type cohere): parallel block — ONE LayerNorm per layer (weight only, no bias) feeding attention and MLP in parallel; no post-attention norm; final LayerNorm weight-only. No linear biases. SwiGLU MLP. Output logits multiplied by logit_scale. Embeddings tied (no lm_head tensor; CohereConfig default tie_word_embeddings=True). MHA (64 KV heads). use_qk_norm false (default; presence of the key in config.json unconfirmed). tie_word_embeddings: could not confirm whether the key is present in config.json — treat as tied (default True). torch_dtype float16 per transformers docs (\'checkpoints uploaded on the Hub use torch_dtype=float16\'). Exact parameter count not found published. config.json not seen verbatim: dimension keys agree across 2+ secondary copies; attention_bias/layer_norm_eps/torch_dtype values are from those copies/docs, their literal presence in config.json is unconfirmed."},{"id":"CohereForAI/c4ai-command-r-plus","aliases":["CohereLabs/c4ai-command-r-plus"],"config_source":"https://huggingface.co/CohereForAI/c4ai-command-r-plus/blob/main/config.json","config":{"model_type":"cohere","architectures":["CohereForCausalLM"],"torch_dtype":"float16","vocab_size":256000,"hidden_size":12288,"intermediate_size":33792,"num_hidden_layers":64,"num_attention_heads":96,"num_key_value_heads":8,"max_position_embeddings":8192,"hidden_act":"silu","attention_bias":false,"logit_scale":0.8333333333333334,"rope_theta":75000000,"layer_norm_eps":0.00001,"use_qk_norm":true},"parameters":{"published":104000000000,"basis":"model card: \'Model Size: 104 billion parameters\'","source":"https://huggingface.co/CohereForAI/c4ai-command-r-plus"},"verified":false,"notes":"Cohere (model_type cohere): parallel block — ONE LayerNorm per layer (weight only, no bias) feeding attention and MLP in parallel; no post-attention norm; final LayerNorm weight-only. No linear biases. SwiGLU MLP. Output logits multiplied by logit_scale. Embeddings tied (no lm_head tensor; CohereConfig default tie_word_embeddings=True). GQA 96/8, head_dim 128. use_qk_norm TRUE: per-head LayerNorm on q and k (q_norm weight [96,128], k_norm [8,128], no bias) — one secondary table says False, but llama.cpp/ferrox evidence and the memory-recalled 103,810,674,688 total (which only holds with qk-norm) support True. max_position_embeddings 8192 in config although the card advertises 128K context. The 08-2024 refresh (CohereForAI/c4ai-command-r-plus-08-2024) is not covered here (not verified to share every config value). config.json not seen verbatim."},{"id":"CohereForAI/c4ai-command-r7b-12-2024","aliases":["CohereLabs/c4ai-command-r7b-12-2024"],"config_source":"https://huggingface.co/CohereForAI/c4ai-command-r7b-12-2024/blob/main/config.json","config":{"model_type":"cohere2","architectures":["Cohere2ForCausalLM"],"vocab_size":256000,"hidden_size":4096,"intermediate_size":14336,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"hidden_act":"silu","attention_bias":false,"logit_scale":0.25,"rope_theta":50000,"layer_norm_eps":0.00001,"sliding_window":4096,"sliding_window_pattern":4,"tie_word_embeddings":true},"parameters":{"published":8028033024,"basis":"computed from config; equals HF count of the same-shaped CohereForAI/aya-expanse-8b (8028033024)","source":"computed: 256000*4096 + 32*(4096*4096*2 + 2*4096*1024 + 3*4096*14336 + 4096) + 4096 = 8,028,033,024; same shape/count recorded for cohereforai/aya-expanse-8b: 8028033024 (find_string id 12439498600); card calls it a \'7B\' model"},"verified":false,"notes":"Cohere (model_type cohere): parallel block — ONE LayerNorm per layer (weight only, no bias) feeding attention and MLP in parallel; no post-attention norm; final LayerNorm weight-only. No linear biases. SwiGLU MLP. Output logits multiplied by logit_scale. Embeddings tied (no lm_head tensor; CohereConfig default tie_word_embeddings=True). cohere2: 3 of every 4 layers use sliding-window attention (4096) with RoPE, every 4th layer is global (no RoPE) -> sliding_window_pattern 4. No qk-norm. Tied. config.json not seen verbatim: torch_dtype (believed bfloat16), max_position_embeddings and extra Cohere keys (use_parallel_block, rotary_pct, position_embedding_type, order_of_interleaved_layers, cache_implementation) left out as unconfirmed."}]}');
;// CONCATENATED MODULE: ./catalog/models/phi.json
const phi_namespaceObject = /*#__PURE__*/JSON.parse('{"family":"phi","description":"config.json facts of catalog models (Hugging Face names, values as published) and published parameter totals; `verified` is false where the config was rebuilt from secondary copies (see notes).","models":[{"id":"microsoft/phi-1_5","config_source":"https://huggingface.co/microsoft/phi-1_5/blob/main/config.json","config":{"architectures":["PhiForCausalLM"],"hidden_act":"gelu_new","hidden_size":2048,"intermediate_size":8192,"max_position_embeddings":2048,"model_type":"phi","num_attention_heads":32,"num_hidden_layers":24,"num_key_value_heads":32,"partial_rotary_factor":0.5,"qk_layernorm":false,"rope_theta":10000,"tie_word_embeddings":false,"torch_dtype":"float16","vocab_size":51200},"parameters":{"published":1418270720,"basis":"HF API safetensors total","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'microsoft/phi-1_5\' parameters_raw 1418270720 (equals exact arithmetic incl. all biases and lm_head bias)"},"verified":true,"notes":"head_dim 64, partial_rotary_factor 0.5 (32 rotary dims). resid_pdrop 0.0; bos/eos_token_id null in config. model_type phi (native transformers PhiForCausalLM; the pre-2024 \'phi-msft\' format with n_embd/n_layer/rotary_dim is obsolete). Every Linear has a bias (q/k/v/dense, fc1/fc2), one LayerNorm (weight+bias) per block (parallel attention+MLP), final LayerNorm with bias, and an UNTIED lm_head WITH bias (vocab-sized). partial_rotary_factor: only that fraction of head_dim is rotated (affects no weights). vocab_size 51200 is padded (tokenizer ~50295). Stored fp16. Single model.safetensors (no index)."},{"id":"microsoft/phi-2","config_source":"https://huggingface.co/microsoft/phi-2/blob/main/config.json","config":{"architectures":["PhiForCausalLM"],"hidden_act":"gelu_new","hidden_size":2560,"intermediate_size":10240,"max_position_embeddings":2048,"model_type":"phi","num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":32,"partial_rotary_factor":0.4,"qk_layernorm":false,"rope_theta":10000,"tie_word_embeddings":false,"torch_dtype":"float16","vocab_size":51200},"parameters":{"published":2779683840,"basis":"HF API safetensors total","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'microsoft/phi-2\' parameters_raw 2779683840 (equals exact arithmetic incl. biases); fp16 index total would be 5559367680"},"verified":true,"notes":"head_dim 80, partial_rotary_factor 0.4 (32 rotary dims). resid_pdrop 0.1, bos/eos 50256. model_type phi (native transformers PhiForCausalLM; the pre-2024 \'phi-msft\' format with n_embd/n_layer/rotary_dim is obsolete). Every Linear has a bias (q/k/v/dense, fc1/fc2), one LayerNorm (weight+bias) per block (parallel attention+MLP), final LayerNorm with bias, and an UNTIED lm_head WITH bias (vocab-sized). partial_rotary_factor: only that fraction of head_dim is rotated (affects no weights). vocab_size 51200 is padded (tokenizer ~50295). Stored fp16."},{"id":"microsoft/Phi-3-mini-4k-instruct","config_source":"https://huggingface.co/microsoft/Phi-3-mini-4k-instruct/blob/main/config.json","config":{"architectures":["Phi3ForCausalLM"],"attention_bias":false,"hidden_act":"silu","hidden_size":3072,"intermediate_size":8192,"max_position_embeddings":4096,"model_type":"phi3","num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":32,"original_max_position_embeddings":4096,"rope_scaling":null,"rope_theta":10000,"sliding_window":2047,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32064},"parameters":{"published":3821079552,"basis":"HF API safetensors total","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'microsoft/Phi-3-mini-4k-instruct\' parameters_raw 3821079552; github:teilomillet/kvfit/scripts/build_registry.py (MODELS table: \\"exact params from HF safetensors\\", from https://huggingface.co/api/models/<repo>?expand[]=safetensors): (\'Phi-3-mini\', \'microsoft_Phi-3-mini-4k-instruct\', 3821079552)"},"verified":true,"notes":"head_dim 96 (3072/32), full MHA (32 KV heads) -> KV 2*32*32*96*2 B = 393,216 B/token bf16. sliding_window 2047 in config (used by flash-attn path; ~ full 4k context). \'attention_bias\': false appears in the July-2024 refresh; older copies lack it. Phi-3 stores fused self_attn.qkv_proj (hidden x (heads+2*kv)*head_dim) and mlp.gate_up_proj (hidden x 2*intermediate): same parameter count as separate q/k/v and gate/up. No biases, RMSNorm, untied lm_head."},{"id":"microsoft/Phi-3-mini-128k-instruct","config_source":"https://huggingface.co/microsoft/Phi-3-mini-128k-instruct/blob/main/config.json","config":{"architectures":["Phi3ForCausalLM"],"attention_bias":false,"hidden_act":"silu","hidden_size":3072,"intermediate_size":8192,"max_position_embeddings":131072,"model_type":"phi3","num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":32,"original_max_position_embeddings":4096,"rope_scaling":{"type":"longrope"},"rope_theta":10000,"sliding_window":262144,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32064},"parameters":{"published":3821079552,"basis":"exact arithmetic from config (identical tensor shapes to Phi-3-mini-4k-instruct)","source":"Same shapes as microsoft/Phi-3-mini-4k-instruct whose HF safetensors total is 3821079552 (llmfit, kvfit). CONFLICT: llmfit\'s scraped entry for this repo reports 2917072895 (odd number; impossible for this layout) - treated as an artifact."},"verified":true,"notes":"Same weights layout as the 4k model; differs in max_position_embeddings 131072 (original 4096), LongRoPE scaling (type renamed \'su\' -> \'longrope\' in the July-2024 refresh; long/short factor arrays NOT copied (rope_scaling._omitted marks this; copy them from the source if needed)) and sliding_window 262144. rope_theta 10000. Phi-3 stores fused self_attn.qkv_proj (hidden x (heads+2*kv)*head_dim) and mlp.gate_up_proj (hidden x 2*intermediate): same parameter count as separate q/k/v and gate/up. No biases, RMSNorm, untied lm_head."},{"id":"microsoft/Phi-3-medium-4k-instruct","config_source":"https://huggingface.co/microsoft/Phi-3-medium-4k-instruct/blob/main/config.json","config":{"architectures":["Phi3ForCausalLM"],"hidden_act":"silu","hidden_size":5120,"intermediate_size":17920,"max_position_embeddings":4096,"model_type":"phi3","num_attention_heads":40,"num_hidden_layers":40,"num_key_value_heads":10,"original_max_position_embeddings":4096,"rope_scaling":null,"rope_theta":10000,"sliding_window":2047,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32064},"parameters":{"published":13960238080,"basis":"HF API safetensors total","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'microsoft/Phi-3-medium-4k-instruct\' parameters_raw 13960238080"},"verified":true,"notes":"GQA 40q/10kv, head_dim 128. sliding_window 2047. Phi-3 stores fused self_attn.qkv_proj (hidden x (heads+2*kv)*head_dim) and mlp.gate_up_proj (hidden x 2*intermediate): same parameter count as separate q/k/v and gate/up. No biases, RMSNorm, untied lm_head."},{"id":"microsoft/Phi-3.5-mini-instruct","config_source":"https://huggingface.co/microsoft/Phi-3.5-mini-instruct/blob/main/config.json","config":{"architectures":["Phi3ForCausalLM"],"attention_bias":false,"hidden_act":"silu","hidden_size":3072,"intermediate_size":8192,"max_position_embeddings":131072,"model_type":"phi3","num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":32,"original_max_position_embeddings":4096,"rope_scaling":{"type":"longrope"},"rope_theta":10000,"sliding_window":262144,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32064},"parameters":{"published":3821079552,"basis":"HF API safetensors total","source":"github:AlexsJones/llmfit/llmfit-core/data/hf_models.json@a3e0eb27c57fe05298292f4c61699b9aed2824ea (parameters_raw scraped from HF API safetensors.total): \'microsoft/Phi-3.5-mini-instruct\' parameters_raw 3821079552"},"verified":true,"notes":"Same tensor shapes as Phi-3-mini; 128k context via LongRoPE (factor arrays not copied), sliding_window 262144. Only one config copy seen (mlc-llm preset), structural values consistent with the param count. Phi-3 stores fused self_attn.qkv_proj (hidden x (heads+2*kv)*head_dim) and mlp.gate_up_proj (hidden x 2*intermediate): same parameter count as separate q/k/v and gate/up. No biases, RMSNorm, untied lm_head."},{"id":"microsoft/Phi-3.5-MoE-instruct","config_source":"https://huggingface.co/microsoft/Phi-3.5-MoE-instruct/blob/main/config.json","config":{"architectures":["PhiMoEForCausalLM"],"attention_bias":true,"hidden_act":"silu","hidden_size":4096,"intermediate_size":6400,"lm_head_bias":true,"max_position_embeddings":131072,"model_type":"phimoe","num_attention_heads":32,"num_experts_per_tok":2,"num_hidden_layers":32,"num_key_value_heads":8,"num_local_experts":16,"original_max_position_embeddings":4096,"rope_scaling":{"type":"longrope","long_mscale":1.243163121016122,"short_mscale":1.243163121016122,"original_max_position_embeddings":4096},"rope_theta":10000,"sliding_window":131072,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32064},"parameters":{"published":41900000000,"basis":"Hugging Face page: \'Model size 41.9B params\'","source":"https://huggingface.co/microsoft/Phi-3.5-MoE-instruct"},"verified":true,"notes":"The only family member with biases: q/k/v/o projections have bias (attention_bias true), LayerNorm (weight+bias, not RMSNorm) and an UNTIED lm_head WITH bias (lm_head_bias true). 16 experts (w1/w2/w3 4096x6400) per layer, top-2 (~6.6B active) but all 41.9B resident. Gate 4096x16 per layer. Exact bf16 total_size expected 83746306688 (not seen). Config values taken from partial copies + PhiMoEConfig defaults; the longrope factor arrays are not copied (rope_scaling._omitted). verified=true for the weight-shape keys; transformers_version unverified."},{"id":"microsoft/phi-4","config_source":"https://huggingface.co/microsoft/phi-4/blob/main/config.json","config":{"architectures":["Phi3ForCausalLM"],"attention_bias":false,"hidden_act":"silu","hidden_size":5120,"intermediate_size":17920,"max_position_embeddings":16384,"model_type":"phi3","num_attention_heads":40,"num_hidden_layers":40,"num_key_value_heads":10,"original_max_position_embeddings":16384,"rope_scaling":null,"rope_theta":250000,"sliding_window":null,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":100352},"parameters":{"published":14659507200,"basis":"HF API safetensors total + safetensors bytes/2 (bf16)","source":"github:teilomillet/kvfit/scripts/build_registry.py (MODELS table: \\"exact params from HF safetensors\\", from https://huggingface.co/api/models/<repo>?expand[]=safetensors): (\'Phi-4\', \'microsoft_phi-4\', 14659507200); GitHub FACTS dict for microsoft/phi-4 revision 2db69c1c3e91a05d2c64a3185acfbaf36f744e25: \'safetensors_total_bytes\': 29319014400"},"verified":true,"notes":"Same layer shapes as Phi-3-medium (40 layers, 5120, GQA 40/10, head_dim 128, intermediate 17920) with a 100352 vocab (tiktoken-based), untied lm_head, no SWA, 16k context, rope_theta 250000. llmfit placeholder 14000000000 (hand entry) not used. Phi-3 stores fused self_attn.qkv_proj (hidden x (heads+2*kv)*head_dim) and mlp.gate_up_proj (hidden x 2*intermediate): same parameter count as separate q/k/v and gate/up. No biases, RMSNorm, untied lm_head."},{"id":"microsoft/Phi-4-mini-instruct","config_source":"https://huggingface.co/microsoft/Phi-4-mini-instruct/blob/main/config.json","config":{"architectures":["Phi3ForCausalLM"],"attention_bias":false,"hidden_act":"silu","hidden_size":3072,"intermediate_size":8192,"lm_head_bias":false,"max_position_embeddings":131072,"mlp_bias":false,"model_type":"phi3","num_attention_heads":24,"num_hidden_layers":32,"num_key_value_heads":8,"original_max_position_embeddings":4096,"partial_rotary_factor":0.75,"rope_scaling":{"type":"longrope"},"rope_theta":10000,"sliding_window":262144,"tie_word_embeddings":true,"torch_dtype":"bfloat16","vocab_size":200064},"parameters":{"published":3836021760,"basis":"HF API safetensors total","source":"github:teilomillet/kvfit/scripts/build_registry.py (MODELS table: \\"exact params from HF safetensors\\", from https://huggingface.co/api/models/<repo>?expand[]=safetensors): (\'Phi-4-mini\', \'microsoft_Phi-4-mini-instruct\', 3836021760) (equals exact arithmetic with TIED embeddings)"},"verified":true,"notes":"TIED embeddings (tie_word_embeddings true) - unlike other Phi-3-arch models. vocab 200064 (o200k). head_dim 128 (3072/24), GQA 24q/8kv, partial_rotary_factor 0.75 (96 of 128 dims rotated). Extra keys full_attn_mod 1, interpolate_factor 1 do not affect weights. LongRoPE factor arrays not copied (rope_scaling._omitted). Phi-3 stores fused self_attn.qkv_proj (hidden x (heads+2*kv)*head_dim) and mlp.gate_up_proj (hidden x 2*intermediate): same parameter count as separate q/k/v and gate/up. No biases, RMSNorm, untied lm_head."}]}');
;// CONCATENATED MODULE: ./catalog/models/qwen.json
const qwen_namespaceObject = /*#__PURE__*/JSON.parse('{"family":"qwen","description":"config.json facts of catalog models (Hugging Face names, values as published) and published parameter totals; `verified` is false where the config was rebuilt from secondary copies (see notes).","models":[{"id":"Qwen/Qwen1.5-0.5B-Chat","aliases":["Qwen/Qwen1.5-0.5B"],"config_source":"https://huggingface.co/Qwen/Qwen1.5-0.5B-Chat/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":1024,"intermediate_size":2816,"num_hidden_layers":24,"num_attention_heads":16,"num_key_value_heads":16,"tie_word_embeddings":true,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":32768,"use_sliding_window":false,"max_window_layers":21,"rope_theta":1000000},"parameters":{"published":619570176,"basis":"safetensors on-disk count (lm_head stored separately); model.safetensors is 1.24 GB in BF16","source":"https://llmrun.dev/model/qwen-qwen1-5-0-5b-chat: \'Parameters 620M\', \'BF16 ... File Size 1.24 GB\'; paddlenlp copy lists model.safetensors (1.2 GB). 619,570,176 = computed from config with untied lm_head","not_loaded":{"lm_head.weight stored although tie_word_embeddings is true (151936 x 1024)":155582464}},"verified":false,"notes":"tie_word_embeddings is TRUE in config but the single model.safetensors also stores lm_head.weight, so HF shows ~620M while the loaded (tied) model has 463,987,712 params (a LoRA notebook prints \'all params: 464,774,144\' = 463,987,712 + 786,432 LoRA). Use 463,987,712 for in-memory weights. MHA (kv heads = heads = 16). Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias. Chat-specific raw config.json not seen directly; values from a printed config of the chat model plus the base config; transformers_version/max_window_layers of the raw chat file unverified."},{"id":"Qwen/Qwen1.5-7B-Chat","aliases":["Qwen/Qwen1.5-7B"],"config_source":"https://huggingface.co/Qwen/Qwen1.5-7B-Chat/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":4096,"intermediate_size":11008,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":32,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":32768,"use_sliding_window":false,"max_window_layers":28,"rope_theta":1000000},"parameters":{"published":7721324544,"basis":"safetensors index metadata.total_size / 2 (bf16) of the base Qwen1.5-7B (same tensor shapes)","source":"github:huggingface/transformers/examples/pytorch/torchacc/qwen/Qwen1.5-7B/model.safetensors.index.json: \\"total_size\\": 15442649088 -> 7,721,324,544 params (HF page of the chat model shows 7.72B)"},"verified":false,"notes":"Config values are copied from the BASE Qwen1.5-7B config.json (verbatim copy seen); the Chat config is expected to differ only in eos_token_id (151645) - the chat file itself was not seen, hence verified=false. MHA: num_key_value_heads = 32. vocab_size 151936 (not 152064). Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen1.5-14B-Chat","aliases":["Qwen/Qwen1.5-14B"],"config_source":"https://huggingface.co/Qwen/Qwen1.5-14B-Chat/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":5120,"intermediate_size":13696,"num_hidden_layers":40,"num_attention_heads":40,"num_key_value_heads":40,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":32768,"use_sliding_window":false,"max_window_layers":35,"rope_theta":1000000},"parameters":{"published":14167290880,"basis":"computed from config; corroborated by GGUF n_params of a Qwen1.5-14B fine-tune","source":"GGUF metadata n_params 14167290880 for SakuraLLM/Sakura-14B-Qwen2beta-v0.9.2 (Qwen1.5-14B architecture); HF page of Qwen1.5-14B-Chat shows ~14.2B (from memory, not re-seen)"},"verified":false,"notes":"Raw config.json not seen. Shape fields (hidden 5120, intermediate 13696, 40 layers, 40 heads = 40 KV heads (MHA), vocab 152064, untied) corroborated by two independent sources and the exact parameter count. max_window_layers (35) and max_position_embeddings (32768) are from memory - UNVERIFIED. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen1.5-7B-Chat-GPTQ-Int4","config_source":"https://huggingface.co/Qwen/Qwen1.5-7B-Chat-GPTQ-Int4/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"float16","vocab_size":151936,"hidden_size":4096,"intermediate_size":11008,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":32,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":32768,"use_sliding_window":false,"max_window_layers":28,"rope_theta":1000000,"quantization_config":{"bits":4,"group_size":128,"damp_percent":0.01,"desc_act":false,"static_groups":false,"sym":true,"true_sequential":true,"model_name_or_path":null,"model_file_base_name":"model","quant_method":"gptq"}},"parameters":{"published":7721324544,"basis":"logical (unquantized) parameter count of Qwen1.5-7B-Chat; NOT the packed-tensor count HF displays for GPTQ repos","source":"derived from Qwen1.5-7B index total_size 15442649088 / 2"},"verified":false,"notes":"NOT VERIFIED: neither the config.json nor quantization_config of this repo was found in the search corpora. quantization_config is reproduced from memory of the Qwen1.5 AutoGPTQ exports (bits 4, group_size 128, desc_act false, sym true, true_sequential true, static_groups false, damp 0.01); treat as unconfirmed. Weights: linear layers packed int4 (qweight int32, qzeros int32, scales fp16, g_idx int32 per layer); embed_tokens and lm_head stay fp16 (151936 x 4096 each). torch_dtype float16 (from memory). Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen1.5-MoE-A2.7B-Chat","aliases":["Qwen/Qwen1.5-MoE-A2.7B"],"config_source":"https://huggingface.co/Qwen/Qwen1.5-MoE-A2.7B-Chat/blob/main/config.json","config":{"model_type":"qwen2_moe","architectures":["Qwen2MoeForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":2048,"intermediate_size":5632,"num_hidden_layers":24,"num_attention_heads":16,"num_key_value_heads":16,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":32768,"use_sliding_window":false,"max_window_layers":21,"num_experts":60,"num_experts_per_tok":4,"moe_intermediate_size":1408,"shared_expert_intermediate_size":5632,"decoder_sparse_step":1,"norm_topk_prob":false,"rope_theta":1000000},"parameters":{"published":14315784192,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"code-index file id 68290378793: assert idx[\'metadata\'][\'total_size\'] == 28631568384 (Qwen1.5-MoE-A2.7B index) -> 14,315,784,192; keras-hub qwen_moe_presets.py \'qwen1.5_moe_2.7b_en\' params 14315784192; model card: \'14.3B parameters in total and 2.7B activated\'"},"verified":true,"notes":"MoE on every layer (decoder_sparse_step 1, mlp_only_layers absent): 60 routed experts (moe_intermediate 1408) top-4 + 1 shared expert (intermediate 5632) with a sigmoid shared_expert_gate Linear(2048->1). intermediate_size 5632 is not used by any dense layer here. max_position_embeddings: Chat = 32768 (two sources), base = 8192. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2-0.5B-Instruct","aliases":["Qwen/Qwen2-0.5B"],"config_source":"https://huggingface.co/Qwen/Qwen2-0.5B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":896,"intermediate_size":4864,"num_hidden_layers":24,"num_attention_heads":14,"num_key_value_heads":2,"tie_word_embeddings":true,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":32768,"use_sliding_window":false,"max_window_layers":24,"rope_theta":1000000},"parameters":{"published":494032768,"basis":"computed from config (tied); matches single model.safetensors size","source":"paddlenlp copy of the repo lists model.safetensors (942.3 MB = ~988 MB -> 494M bf16 params); same shapes as Qwen2.5-0.5B whose count 494,032,768 is in keras-hub qwen_presets.py"},"verified":true,"notes":"Tied embeddings (lm_head not stored). head_dim 64. Instruct max_position_embeddings 32768 vs base 131072 (non-shape). Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2-1.5B-Instruct","aliases":["Qwen/Qwen2-1.5B"],"config_source":"https://huggingface.co/Qwen/Qwen2-1.5B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":1536,"intermediate_size":8960,"num_hidden_layers":28,"num_attention_heads":12,"num_key_value_heads":2,"tie_word_embeddings":true,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":32768,"use_sliding_window":false,"max_window_layers":28,"rope_theta":1000000},"parameters":{"published":1543714304,"basis":"computed from config (tied); matches single model.safetensors size","source":"paddlenlp copy lists model.safetensors (2.9 GB ~ 3.09 GB -> 1.54B bf16); identical shapes to Qwen2.5-1.5B-Instruct whose HF API safetensors.total is 1543714304"},"verified":true,"notes":"Tied embeddings. head_dim 128. Only one full config source (mlc-llm preset, not labelled with the repo id) - shapes corroborated by file size and Qwen2.5-1.5B. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2-7B-Instruct","aliases":["Qwen/Qwen2-7B"],"config_source":"https://huggingface.co/Qwen/Qwen2-7B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":3584,"intermediate_size":18944,"num_hidden_layers":28,"num_attention_heads":28,"num_key_value_heads":4,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":131072,"use_sliding_window":false,"max_window_layers":28,"rope_theta":1000000},"parameters":{"published":7615616512,"basis":"computed from config; identical tensor shapes to Qwen2.5-7B-Instruct (index total_size 15231233024)","source":"computed 7,615,616,512; Qwen2.5-7B-Instruct HF API safetensors.total 7615616512 (same shapes); paddlenlp shard sizes 3.7+3.6+3.6+3.3 GB"},"verified":true,"notes":"vocab_size 152064. sliding_window 131072 in the raw file (the printed config shows null because newer transformers nulls it when use_sliding_window=false). Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2-72B-Instruct","aliases":["Qwen/Qwen2-72B"],"config_source":"https://huggingface.co/Qwen/Qwen2-72B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":8192,"intermediate_size":29568,"num_hidden_layers":80,"num_attention_heads":64,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":131072,"use_sliding_window":false,"max_window_layers":80,"rope_theta":1000000},"parameters":{"published":72706203648,"basis":"computed from config; identical shapes to Qwen2.5-72B-Instruct (index total_size 145412407296)","source":"keras-hub qwen_presets.py \'qwen2.5_instruct_72b_en\' params 72706203648 (same shapes); Qwen2.5-72B-Instruct index total_size 145412407296 (code-index id 69592811516)"},"verified":false,"notes":"max_window_layers 80 seen only in one unattributed excerpt (Qwen2.5-72B-Instruct uses 70); non-shape field. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2-57B-A14B-Instruct","aliases":["Qwen/Qwen2-57B-A14B"],"config_source":"https://huggingface.co/Qwen/Qwen2-57B-A14B-Instruct/blob/main/config.json","config":{"model_type":"qwen2_moe","architectures":["Qwen2MoeForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":3584,"intermediate_size":18944,"num_hidden_layers":28,"num_attention_heads":28,"num_key_value_heads":4,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","sliding_window":131072,"use_sliding_window":false,"max_window_layers":28,"num_experts":64,"num_experts_per_tok":8,"moe_intermediate_size":2560,"shared_expert_intermediate_size":20480,"decoder_sparse_step":1,"norm_topk_prob":false,"rope_theta":1000000},"parameters":{"published":57408658944,"basis":"HF model API safetensors.total of the base Qwen/Qwen2-57B-A14B (same shapes)","source":"code-index file id 59924751875: \'{\\"id\\":\\"Qwen/Qwen2-57B-A14B\\",\\"safetensors\\":{\\"total\\":57408658944}}\'; matches computed 57,408,658,944"},"verified":false,"notes":"Config copied from the BASE model (TensorRT-LLM fixture); the Instruct config.json itself was not seen - max_position_embeddings / eos may differ (Instruct README recommends 32K + YaRN). vocab_size 151936 (not 152064). MoE every layer: 64 experts x moe_intermediate 2560, top-8, plus shared expert 20480 with shared_expert_gate. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2.5-0.5B-Instruct","aliases":["Qwen/Qwen2.5-0.5B"],"config_source":"https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":896,"intermediate_size":4864,"num_hidden_layers":24,"num_attention_heads":14,"num_key_value_heads":2,"tie_word_embeddings":true,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":32768,"use_sliding_window":false,"max_window_layers":21,"rope_theta":1000000},"parameters":{"published":494032768,"basis":"computed from config; model card \'Number of Parameters: 0.49B\'","source":"keras-hub qwen_presets.py \'qwen2.5_instruct_0.5b_en\' params 494032768; code-index id 63213019456 lists qwen2.5-0.5b = 494032768 params, 290 tensors (no lm_head tensor)"},"verified":true,"notes":"Tied embeddings; lm_head not stored (290 tensors). head_dim 64. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2.5-1.5B-Instruct","aliases":["Qwen/Qwen2.5-1.5B"],"config_source":"https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":1536,"intermediate_size":8960,"num_hidden_layers":28,"num_attention_heads":12,"num_key_value_heads":2,"tie_word_embeddings":true,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":32768,"use_sliding_window":false,"max_window_layers":21,"rope_theta":1000000},"parameters":{"published":1543714304,"basis":"HF model API safetensors.total","source":"github:daniel-p-green/alain-ai-learning-platform/out/research-qwen-qwen2-5-1-5b-instruct/sources/huggingface/model.json (HF model API snapshot: safetensors.total): {\'parameters\': {\'BF16\': 1543714304}, \'total\': 1543714304}; model card \'1.54B\'"},"verified":true,"notes":"Tied embeddings. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2.5-3B-Instruct","aliases":["Qwen/Qwen2.5-3B"],"config_source":"https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":2048,"intermediate_size":11008,"num_hidden_layers":36,"num_attention_heads":16,"num_key_value_heads":2,"tie_word_embeddings":true,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":32768,"use_sliding_window":false,"max_window_layers":70,"rope_theta":1000000},"parameters":{"published":3085938688,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"index total_size 6171877376 (research notes) and HF API safetensors.total 3085938688 (github:daniel-p-green/alain-ai-learning-platform/out/research-qwen-qwen2-5-3b-instruct/sources/huggingface/model.json (HF model API snapshot: safetensors.total)); keras-hub 3085938688"},"verified":true,"notes":"Tied embeddings. max_window_layers 70 > num_hidden_layers (harmless; sliding window unused). Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2.5-7B-Instruct","aliases":["Qwen/Qwen2.5-7B"],"config_source":"https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":3584,"intermediate_size":18944,"num_hidden_layers":28,"num_attention_heads":28,"num_key_value_heads":4,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":131072,"use_sliding_window":false,"max_window_layers":28,"rope_theta":1000000},"parameters":{"published":7615616512,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"model.safetensors.index.json \\"total_size\\": 15231233024 (code-index ids 71629836929, 70725777914, 69592811516); HF API safetensors.total 7615616512; model card \'Number of Parameters: 7.61B\'"},"verified":true,"notes":"vocab_size 152064 (differs from 0.5B/1.5B/3B = 151936). Untied. Base Qwen2.5-7B has max_position_embeddings 131072 (non-shape). Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2.5-14B-Instruct","aliases":["Qwen/Qwen2.5-14B"],"config_source":"https://huggingface.co/Qwen/Qwen2.5-14B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":5120,"intermediate_size":13824,"num_hidden_layers":48,"num_attention_heads":40,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":131072,"use_sliding_window":false,"max_window_layers":70,"rope_theta":1000000},"parameters":{"published":14770033664,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"\\"total_size\\": 29540067328 with 579 tensors / 14770033664 trainable params (code-index ids 62825744798, 62531879702); model card \'Number of Parameters: 14.7B\'"},"verified":false,"notes":"Shape fields verified (base config + exact param count); the Instruct config.json itself was not seen: max_position_embeddings 32768 (card: \'current config.json is set for context length up to 32,768\') and max_window_layers 70 are from memory/sibling pattern (Qwen2.5-32B/72B-Instruct use 70). Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2.5-32B-Instruct","aliases":["Qwen/Qwen2.5-32B"],"config_source":"https://huggingface.co/Qwen/Qwen2.5-32B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":5120,"intermediate_size":27648,"num_hidden_layers":64,"num_attention_heads":40,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":131072,"use_sliding_window":false,"max_window_layers":70,"rope_theta":1000000},"parameters":{"published":32763876352,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"total_size 65527752704 (code-index id 71282492555: Qwen/Qwen2.5-32B-Instruct size_bytes 65527752704; id 62517398815: 17 files, 771 tensors, 32763876352 params); keras-hub \'qwen2.5_instruct_32b_en\' 32763876352. Model card says 32.5B (non-embedding 31.0B) - card rounding differs from tensor total 32.76B"},"verified":true,"notes":"tt-metal copy has max_position_embeddings 131072; two other sources and the model card indicate 32768 in the official file. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2.5-72B-Instruct","aliases":["Qwen/Qwen2.5-72B"],"config_source":"https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":8192,"intermediate_size":29568,"num_hidden_layers":80,"num_attention_heads":64,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":131072,"use_sliding_window":false,"max_window_layers":70,"rope_theta":1000000},"parameters":{"published":72706203648,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"model.safetensors.index.json metadata.total_size = 145412407296 (code-index ids 69592811516, 69387729551); keras-hub 72706203648; model card 72.7B"},"verified":true,"notes":"Do NOT confuse with Qwen2.5-72B-Instruct-AWQ whose config pads intermediate_size to 29696. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2.5-Coder-7B-Instruct","aliases":["Qwen/Qwen2.5-Coder-7B"],"config_source":"https://huggingface.co/Qwen/Qwen2.5-Coder-7B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":3584,"intermediate_size":18944,"num_hidden_layers":28,"num_attention_heads":28,"num_key_value_heads":4,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":131072,"use_sliding_window":false,"max_window_layers":28,"rope_theta":1000000},"parameters":{"published":7615616512,"basis":"model card \'Number of Parameters: 7.61B\'; exact value computed from config (same tensor shapes as Qwen2.5-7B-Instruct)","source":"paddlenlp copy of HF card: \'Number of Parameters: 7.61B\', shards 4.5+4.6+4.0+1.0 GB; computed 7,615,616,512"},"verified":false,"notes":"Raw config.json not seen; shapes from the model card (28 layers, 28/4 heads) and the Qwen2.5-7B architecture. vocab_size 152064 (from memory - UNVERIFIED, Coder-1.5B/3B use 151936). keras-hub lists 6993420288 for qwen2.5_coder_7b which does not match any config-derived count and was ignored. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2.5-Coder-32B-Instruct","aliases":["Qwen/Qwen2.5-Coder-32B"],"config_source":"https://huggingface.co/Qwen/Qwen2.5-Coder-32B-Instruct/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":5120,"intermediate_size":27648,"num_hidden_layers":64,"num_attention_heads":40,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":131072,"use_sliding_window":false,"max_window_layers":70,"rope_theta":1000000},"parameters":{"published":32763876352,"basis":"keras-hub preset params (equals config-derived count and Qwen2.5-32B index total/2)","source":"keras-hub qwen_presets.py \'qwen2.5_coder_instruct_32b\': params 32763876352; model card \'Number of Parameters: 32.5B\'"},"verified":false,"notes":"Raw config.json not seen; same architecture as Qwen2.5-32B-Instruct. max_window_layers/max_position_embeddings from memory. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2.5-7B-Instruct-AWQ","config_source":"https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"float16","vocab_size":152064,"hidden_size":3584,"intermediate_size":18944,"num_hidden_layers":28,"num_attention_heads":28,"num_key_value_heads":4,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":131072,"use_sliding_window":false,"max_window_layers":28,"rope_theta":1000000,"quantization_config":{"bits":4,"group_size":128,"modules_to_not_convert":null,"quant_method":"awq","version":"gemm","zero_point":true}},"parameters":{"published":7615616512,"basis":"logical (unquantized) parameter count of Qwen2.5-7B-Instruct; HF page shows packed-tensor counts for AWQ repos","source":"derived from Qwen2.5-7B-Instruct index total_size 15231233024 / 2"},"verified":false,"notes":"The 7B-AWQ config.json itself was not seen; quantization_config copied from the family format seen for Qwen2.5-72B-Instruct-AWQ. ASSUMPTION: intermediate_size stays 18944 (divisible by 128); note the 72B-AWQ repo pads intermediate_size to 29696, so check this for other AWQ sizes. AWQ GEMM: qweight/qzeros int32 packed 8x4-bit, scales fp16 per 128-group; embed_tokens and lm_head fp16. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen2-VL-7B-Instruct","aliases":["Qwen/Qwen2-VL-7B"],"config_source":"https://huggingface.co/Qwen/Qwen2-VL-7B-Instruct/blob/main/config.json","config":{"model_type":"qwen2_vl","architectures":["Qwen2VLForConditionalGeneration"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":3584,"intermediate_size":18944,"num_hidden_layers":28,"num_attention_heads":28,"num_key_value_heads":4,"tie_word_embeddings":false,"max_position_embeddings":32768,"hidden_act":"silu","sliding_window":32768,"use_sliding_window":false,"max_window_layers":28,"rope_theta":1000000,"rope_scaling":{"type":"mrope","mrope_section":[16,24,24]},"vision_config":{"depth":32,"embed_dim":1280,"mlp_ratio":4,"num_heads":16,"in_chans":3,"hidden_size":3584,"patch_size":14,"spatial_merge_size":2,"spatial_patch_size":14,"temporal_patch_size":2}},"parameters":{"published":8291375616,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"code-index file id 67057424930: metadata = {\\"total_size\\": \\"16582751232\\"} for /path/to/Qwen2-VL-7B-Instruct -> 8,291,375,616; equals computed LLM 7,615,616,512 + ViT 675,759,104"},"verified":true,"notes":"Vision tower (~676M): Conv3d patch embed (3x2x14x14 -> 1280, no bias), 32 blocks with LayerNorm, fused qkv Linear(1280,3840,bias), proj, MLP 1280->5120->1280 (mlp_ratio 4, quick_gelu), merger LayerNorm + Linear(5120,5120) + Linear(5120,3584). vision_config uses embed_dim (=1280) and hidden_size (=3584 = output dim). vision in_chans / mlp_ratio / spatial_patch_size from memory + transformers defaults. M-RoPE (mrope_section [16,24,24]). Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias. Top-level non-shape fields (max_position_embeddings 32768, sliding_window 32768, max_window_layers 28) are from memory of the HF file - unverified; shape fields and total are verified."},{"id":"Qwen/Qwen2.5-VL-7B-Instruct","config_source":"https://huggingface.co/Qwen/Qwen2.5-VL-7B-Instruct/blob/main/config.json","config":{"model_type":"qwen2_5_vl","architectures":["Qwen2_5_VLForConditionalGeneration"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":3584,"intermediate_size":18944,"num_hidden_layers":28,"num_attention_heads":28,"num_key_value_heads":4,"tie_word_embeddings":false,"max_position_embeddings":128000,"hidden_act":"silu","sliding_window":32768,"use_sliding_window":false,"max_window_layers":28,"rope_theta":1000000,"rope_scaling":{"type":"mrope","mrope_section":[16,24,24]},"vision_config":{"depth":32,"hidden_act":"silu","hidden_size":1280,"intermediate_size":3420,"num_heads":16,"in_chans":3,"out_hidden_size":3584,"patch_size":14,"spatial_merge_size":2,"spatial_patch_size":14,"window_size":112,"fullatt_block_indexes":[7,15,23,31],"tokens_per_second":2,"temporal_patch_size":2}},"parameters":{"published":8292166656,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"code-index file id 62225960460: \'P7 = 8292166656 ... B7 = 16584333312\' (Qwen2.5-VL-7B); code-index id 61082468558 asserts a 7B VL index total_size == 16584333312; equals computed LLM 7,615,616,512 + ViT 676,550,144"},"verified":true,"notes":"tt-metal copy shows sliding_window null; HF file value believed 32768 (non-shape, unverified). Vision intermediate_size is 3420 for the 7B (3B/32B/72B use 3456). Vision tower ~677M: RMSNorm blocks, fused qkv with bias, SwiGLU MLP with biases, window attention except blocks 7/15/23/31; merger RMSNorm + Linear(5120,5120) + Linear(5120,3584). Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"Qwen/Qwen3-0.6B","aliases":["Qwen/Qwen3-0.6B-Base"],"config_source":"https://huggingface.co/Qwen/Qwen3-0.6B/blob/main/config.json","config":{"model_type":"qwen3","architectures":["Qwen3ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":1024,"intermediate_size":3072,"num_hidden_layers":28,"num_attention_heads":16,"num_key_value_heads":8,"head_dim":128,"tie_word_embeddings":true,"max_position_embeddings":40960,"hidden_act":"silu","attention_bias":false,"sliding_window":null,"use_sliding_window":false,"max_window_layers":28,"rope_theta":1000000},"parameters":{"published":751632384,"basis":"HF model API safetensors.total (BF16)","source":"github:daniel-p-green/alain-ai-learning-platform/out/research-qwen-qwen3-0-6b/sources/huggingface/model.json (HF model API snapshot: safetensors.total): {\'parameters\': {\'BF16\': 751632384}, \'total\': 751632384}; code-index id 69274370420: model.safetensors data_bytes 1503264768, 311 tensors","not_loaded":{"lm_head.weight stored although tie_word_embeddings is true (151936 x 1024)":155582464}},"verified":true,"notes":"tie_word_embeddings TRUE but model.safetensors also stores lm_head.weight (311 tensors incl. lm_head), so the published total 751,632,384 includes a duplicate 155,582,464-param lm_head. Loaded (tied) model = 596,049,920 params (keras-hub qwen3_0.6b_en 596049920). q heads 16 x 128 = 2048 != hidden 1024. Base repo max_position_embeddings 32768. Qwen3: attention_bias false (no qkv bias), per-head RMSNorm q_norm/k_norm (head_dim 128 each) in every layer; head_dim is explicit (128) and num_attention_heads*head_dim may differ from hidden_size."},{"id":"Qwen/Qwen3-1.7B","aliases":["Qwen/Qwen3-1.7B-Base"],"config_source":"https://huggingface.co/Qwen/Qwen3-1.7B/blob/main/config.json","config":{"model_type":"qwen3","architectures":["Qwen3ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":2048,"intermediate_size":6144,"num_hidden_layers":28,"num_attention_heads":16,"num_key_value_heads":8,"head_dim":128,"tie_word_embeddings":true,"max_position_embeddings":40960,"hidden_act":"silu","attention_bias":false,"sliding_window":null,"use_sliding_window":false,"max_window_layers":28,"rope_theta":1000000},"parameters":{"published":2031739904,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"code-index file id 62442854027: Qwen/Qwen3-1.7B snapshot index declares total_size=4063479808 (2 shards) -> 2,031,739,904","not_loaded":{"lm_head.weight stored although tie_word_embeddings is true (151936 x 2048)":311164928}},"verified":true,"notes":"tie_word_embeddings TRUE but the checkpoint also stores lm_head.weight; loaded (tied) model = 1,720,574,976 params (keras-hub qwen3_1.7b_en). Qwen3: attention_bias false (no qkv bias), per-head RMSNorm q_norm/k_norm (head_dim 128 each) in every layer; head_dim is explicit (128) and num_attention_heads*head_dim may differ from hidden_size."},{"id":"Qwen/Qwen3-4B","aliases":["Qwen/Qwen3-4B-Base"],"config_source":"https://huggingface.co/Qwen/Qwen3-4B/blob/main/config.json","config":{"model_type":"qwen3","architectures":["Qwen3ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":2560,"intermediate_size":9728,"num_hidden_layers":36,"num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"tie_word_embeddings":true,"max_position_embeddings":40960,"hidden_act":"silu","attention_bias":false,"sliding_window":null,"use_sliding_window":false,"max_window_layers":36,"rope_theta":1000000},"parameters":{"published":4022468096,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"total_size 8044936192 (code-index id 22899095704 \'_OFFICIAL_WEIGHT_BYTES Qwen/Qwen3-4B: 8044936192\'; id 62354515976: 398 tensors, raw tensor bytes 8044936192, 3 shards); keras-hub qwen3_4b_en 4022468096"},"verified":true,"notes":"Tied; lm_head NOT stored here (398 tensors), so published = loaded count. q heads 32 x 128 = 4096 != hidden 2560. Qwen3: attention_bias false (no qkv bias), per-head RMSNorm q_norm/k_norm (head_dim 128 each) in every layer; head_dim is explicit (128) and num_attention_heads*head_dim may differ from hidden_size."},{"id":"Qwen/Qwen3-8B","aliases":["Qwen/Qwen3-8B-Base"],"config_source":"https://huggingface.co/Qwen/Qwen3-8B/blob/main/config.json","config":{"model_type":"qwen3","architectures":["Qwen3ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":4096,"intermediate_size":12288,"num_hidden_layers":36,"num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"tie_word_embeddings":false,"max_position_embeddings":40960,"hidden_act":"silu","attention_bias":false,"sliding_window":null,"use_sliding_window":false,"max_window_layers":36,"rope_theta":1000000},"parameters":{"published":8190735360,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"total_size 16381470720 (code-index ids 22899095704, 63427097665: 399 tensors reconcile with index total); keras-hub qwen3_8b_en 8190735360"},"verified":true,"notes":"Untied. Qwen3: attention_bias false (no qkv bias), per-head RMSNorm q_norm/k_norm (head_dim 128 each) in every layer; head_dim is explicit (128) and num_attention_heads*head_dim may differ from hidden_size."},{"id":"Qwen/Qwen3-14B","aliases":["Qwen/Qwen3-14B-Base"],"config_source":"https://huggingface.co/Qwen/Qwen3-14B/blob/main/config.json","config":{"model_type":"qwen3","architectures":["Qwen3ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":5120,"intermediate_size":17408,"num_hidden_layers":40,"num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"tie_word_embeddings":false,"max_position_embeddings":40960,"hidden_act":"silu","attention_bias":false,"sliding_window":null,"use_sliding_window":false,"max_window_layers":40,"rope_theta":1000000},"parameters":{"published":14768307200,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"model.safetensors.index.json \\"total_size\\": 29536614400 (code-index ids 54488309760, 52173921102); keras-hub qwen3_14b_en 14768307200"},"verified":true,"notes":"Untied. Qwen3: attention_bias false (no qkv bias), per-head RMSNorm q_norm/k_norm (head_dim 128 each) in every layer; head_dim is explicit (128) and num_attention_heads*head_dim may differ from hidden_size."},{"id":"Qwen/Qwen3-32B","config_source":"https://huggingface.co/Qwen/Qwen3-32B/blob/main/config.json","config":{"model_type":"qwen3","architectures":["Qwen3ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":5120,"intermediate_size":25600,"num_hidden_layers":64,"num_attention_heads":64,"num_key_value_heads":8,"head_dim":128,"tie_word_embeddings":false,"max_position_embeddings":40960,"hidden_act":"silu","attention_bias":false,"sliding_window":null,"use_sliding_window":false,"max_window_layers":64,"rope_theta":1000000},"parameters":{"published":32762123264,"basis":"HF model API safetensors.total (BF16) = index total_size/2","source":"github:daniel-p-green/alain-ai-learning-platform/out/research-qwen-qwen3-32b/sources/huggingface/model.json (HF model API snapshot: safetensors.total): {\'BF16\': 32762123264}; index total_size 65524246528 (code-index ids 53152611403, 36887862677, 42596890116)"},"verified":true,"notes":"Untied. q heads 64 x 128 = 8192 != hidden 5120 (o_proj is 8192->5120). No Qwen3-32B-Base was released. Qwen3: attention_bias false (no qkv bias), per-head RMSNorm q_norm/k_norm (head_dim 128 each) in every layer; head_dim is explicit (128) and num_attention_heads*head_dim may differ from hidden_size."},{"id":"Qwen/Qwen3-30B-A3B","aliases":["Qwen/Qwen3-30B-A3B-Base"],"config_source":"https://huggingface.co/Qwen/Qwen3-30B-A3B/blob/main/config.json","config":{"model_type":"qwen3_moe","architectures":["Qwen3MoeForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":2048,"intermediate_size":6144,"num_hidden_layers":48,"num_attention_heads":32,"num_key_value_heads":4,"head_dim":128,"tie_word_embeddings":false,"max_position_embeddings":40960,"hidden_act":"silu","attention_bias":false,"sliding_window":null,"use_sliding_window":false,"max_window_layers":48,"num_experts":128,"num_experts_per_tok":8,"moe_intermediate_size":768,"decoder_sparse_step":1,"mlp_only_layers":[],"norm_topk_prob":true,"rope_theta":1000000},"parameters":{"published":30532122624,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"index total_size 61064245248, 16 shards (code-index ids 55662526280, 68286320816); keras-hub qwen3_moe_30b_a3b_en 30532122624"},"verified":true,"notes":"MoE on all layers (decoder_sparse_step 1, mlp_only_layers []), 128 routed experts top-8, NO shared expert; router Linear(hidden,128) without bias. intermediate_size is unused by the checkpoint (no dense MLP layers). q heads 32 x 128 = 4096 != hidden 2048. Qwen3: attention_bias false (no qkv bias), per-head RMSNorm q_norm/k_norm (head_dim 128 each) in every layer; head_dim is explicit (128) and num_attention_heads*head_dim may differ from hidden_size."},{"id":"Qwen/Qwen3-235B-A22B","config_source":"https://huggingface.co/Qwen/Qwen3-235B-A22B/blob/main/config.json","config":{"model_type":"qwen3_moe","architectures":["Qwen3MoeForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":4096,"intermediate_size":12288,"num_hidden_layers":94,"num_attention_heads":64,"num_key_value_heads":4,"head_dim":128,"tie_word_embeddings":false,"max_position_embeddings":40960,"hidden_act":"silu","attention_bias":false,"sliding_window":null,"use_sliding_window":false,"max_window_layers":94,"num_experts":128,"num_experts_per_tok":8,"moe_intermediate_size":1536,"decoder_sparse_step":1,"mlp_only_layers":[],"norm_topk_prob":true,"rope_theta":1000000},"parameters":{"published":235093634560,"basis":"safetensors index metadata.total_size / 2 (bf16)","source":"index metadata.total_size = 470187269120 (code-index ids 69874883162, 56011531800: 36945 tensor names matched); keras-hub qwen3_moe_235b_a22b_en 235093634560"},"verified":true,"notes":"MoE on all layers (decoder_sparse_step 1, mlp_only_layers []), 128 routed experts top-8, NO shared expert; router Linear(hidden,128) without bias. intermediate_size is unused by the checkpoint (no dense MLP layers). q heads 64 x 128 = 8192 != hidden 4096. Qwen3: attention_bias false (no qkv bias), per-head RMSNorm q_norm/k_norm (head_dim 128 each) in every layer; head_dim is explicit (128) and num_attention_heads*head_dim may differ from hidden_size."},{"id":"Qwen/Qwen3-235B-A22B-FP8","config_source":"https://huggingface.co/Qwen/Qwen3-235B-A22B-FP8/blob/main/config.json","config":{"model_type":"qwen3_moe","architectures":["Qwen3MoeForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":4096,"intermediate_size":12288,"num_hidden_layers":94,"num_attention_heads":64,"num_key_value_heads":4,"head_dim":128,"tie_word_embeddings":false,"max_position_embeddings":40960,"hidden_act":"silu","attention_bias":false,"sliding_window":null,"use_sliding_window":false,"max_window_layers":94,"num_experts":128,"num_experts_per_tok":8,"moe_intermediate_size":1536,"decoder_sparse_step":1,"mlp_only_layers":[],"norm_topk_prob":true,"rope_theta":1000000,"quantization_config":{"activation_scheme":"dynamic","modules_to_not_convert":["lm_head","model.layers.0.input_layernorm","model.layers.0.mlp.gate","model.layers.0.post_attention_layernorm","model.layers.1.input_layernorm","model.layers.1.mlp.gate","model.layers.1.post_attention_layernorm","model.layers.2.input_layernorm","model.layers.2.mlp.gate","model.layers.2.post_attention_layernorm","model.layers.3.input_layernorm","model.layers.3.mlp.gate","model.layers.3.post_attention_layernorm","model.layers.4.input_layernorm","model.layers.4.mlp.gate","model.layers.4.post_attention_layernorm","model.layers.5.input_layernorm","model.layers.5.mlp.gate","model.layers.5.post_attention_layernorm","model.layers.6.input_layernorm","model.layers.6.mlp.gate","model.layers.6.post_attention_layernorm","model.layers.7.input_layernorm","model.layers.7.mlp.gate","model.layers.7.post_attention_layernorm","model.layers.8.input_layernorm","model.layers.8.mlp.gate","model.layers.8.post_attention_layernorm","model.layers.9.input_layernorm","model.layers.9.mlp.gate","model.layers.9.post_attention_layernorm","model.layers.10.input_layernorm","model.layers.10.mlp.gate","model.layers.10.post_attention_layernorm","model.layers.11.input_layernorm","model.layers.11.mlp.gate","model.layers.11.post_attention_layernorm","model.layers.12.input_layernorm","model.layers.12.mlp.gate","model.layers.12.post_attention_layernorm","model.layers.13.input_layernorm","model.layers.13.mlp.gate","model.layers.13.post_attention_layernorm","model.layers.14.input_layernorm","model.layers.14.mlp.gate","model.layers.14.post_attention_layernorm","model.layers.15.input_layernorm","model.layers.15.mlp.gate","model.layers.15.post_attention_layernorm","model.layers.16.input_layernorm","model.layers.16.mlp.gate","model.layers.16.post_attention_layernorm","model.layers.17.input_layernorm","model.layers.17.mlp.gate","model.layers.17.post_attention_layernorm","model.layers.18.input_layernorm","model.layers.18.mlp.gate","model.layers.18.post_attention_layernorm","model.layers.19.input_layernorm","model.layers.19.mlp.gate","model.layers.19.post_attention_layernorm","model.layers.20.input_layernorm","model.layers.20.mlp.gate","model.layers.20.post_attention_layernorm","model.layers.21.input_layernorm","model.layers.21.mlp.gate","model.layers.21.post_attention_layernorm","model.layers.22.input_layernorm","model.layers.22.mlp.gate","model.layers.22.post_attention_layernorm","model.layers.23.input_layernorm","model.layers.23.mlp.gate","model.layers.23.post_attention_layernorm","model.layers.24.input_layernorm","model.layers.24.mlp.gate","model.layers.24.post_attention_layernorm","model.layers.25.input_layernorm","model.layers.25.mlp.gate","model.layers.25.post_attention_layernorm","model.layers.26.input_layernorm","model.layers.26.mlp.gate","model.layers.26.post_attention_layernorm","model.layers.27.input_layernorm","model.layers.27.mlp.gate","model.layers.27.post_attention_layernorm","model.layers.28.input_layernorm","model.layers.28.mlp.gate","model.layers.28.post_attention_layernorm","model.layers.29.input_layernorm","model.layers.29.mlp.gate","model.layers.29.post_attention_layernorm","model.layers.30.input_layernorm","model.layers.30.mlp.gate","model.layers.30.post_attention_layernorm","model.layers.31.input_layernorm","model.layers.31.mlp.gate","model.layers.31.post_attention_layernorm","model.layers.32.input_layernorm","model.layers.32.mlp.gate","model.layers.32.post_attention_layernorm","model.layers.33.input_layernorm","model.layers.33.mlp.gate","model.layers.33.post_attention_layernorm","model.layers.34.input_layernorm","model.layers.34.mlp.gate","model.layers.34.post_attention_layernorm","model.layers.35.input_layernorm","model.layers.35.mlp.gate","model.layers.35.post_attention_layernorm","model.layers.36.input_layernorm","model.layers.36.mlp.gate","model.layers.36.post_attention_layernorm","model.layers.37.input_layernorm","model.layers.37.mlp.gate","model.layers.37.post_attention_layernorm","model.layers.38.input_layernorm","model.layers.38.mlp.gate","model.layers.38.post_attention_layernorm","model.layers.39.input_layernorm","model.layers.39.mlp.gate","model.layers.39.post_attention_layernorm","model.layers.40.input_layernorm","model.layers.40.mlp.gate","model.layers.40.post_attention_layernorm","model.layers.41.input_layernorm","model.layers.41.mlp.gate","model.layers.41.post_attention_layernorm","model.layers.42.input_layernorm","model.layers.42.mlp.gate","model.layers.42.post_attention_layernorm","model.layers.43.input_layernorm","model.layers.43.mlp.gate","model.layers.43.post_attention_layernorm","model.layers.44.input_layernorm","model.layers.44.mlp.gate","model.layers.44.post_attention_layernorm","model.layers.45.input_layernorm","model.layers.45.mlp.gate","model.layers.45.post_attention_layernorm","model.layers.46.input_layernorm","model.layers.46.mlp.gate","model.layers.46.post_attention_layernorm","model.layers.47.input_layernorm","model.layers.47.mlp.gate","model.layers.47.post_attention_layernorm","model.layers.48.input_layernorm","model.layers.48.mlp.gate","model.layers.48.post_attention_layernorm","model.layers.49.input_layernorm","model.layers.49.mlp.gate","model.layers.49.post_attention_layernorm","model.layers.50.input_layernorm","model.layers.50.mlp.gate","model.layers.50.post_attention_layernorm","model.layers.51.input_layernorm","model.layers.51.mlp.gate","model.layers.51.post_attention_layernorm","model.layers.52.input_layernorm","model.layers.52.mlp.gate","model.layers.52.post_attention_layernorm","model.layers.53.input_layernorm","model.layers.53.mlp.gate","model.layers.53.post_attention_layernorm","model.layers.54.input_layernorm","model.layers.54.mlp.gate","model.layers.54.post_attention_layernorm","model.layers.55.input_layernorm","model.layers.55.mlp.gate","model.layers.55.post_attention_layernorm","model.layers.56.input_layernorm","model.layers.56.mlp.gate","model.layers.56.post_attention_layernorm","model.layers.57.input_layernorm","model.layers.57.mlp.gate","model.layers.57.post_attention_layernorm","model.layers.58.input_layernorm","model.layers.58.mlp.gate","model.layers.58.post_attention_layernorm","model.layers.59.input_layernorm","model.layers.59.mlp.gate","model.layers.59.post_attention_layernorm","model.layers.60.input_layernorm","model.layers.60.mlp.gate","model.layers.60.post_attention_layernorm","model.layers.61.input_layernorm","model.layers.61.mlp.gate","model.layers.61.post_attention_layernorm","model.layers.62.input_layernorm","model.layers.62.mlp.gate","model.layers.62.post_attention_layernorm","model.layers.63.input_layernorm","model.layers.63.mlp.gate","model.layers.63.post_attention_layernorm","model.layers.64.input_layernorm","model.layers.64.mlp.gate","model.layers.64.post_attention_layernorm","model.layers.65.input_layernorm","model.layers.65.mlp.gate","model.layers.65.post_attention_layernorm","model.layers.66.input_layernorm","model.layers.66.mlp.gate","model.layers.66.post_attention_layernorm","model.layers.67.input_layernorm","model.layers.67.mlp.gate","model.layers.67.post_attention_layernorm","model.layers.68.input_layernorm","model.layers.68.mlp.gate","model.layers.68.post_attention_layernorm","model.layers.69.input_layernorm","model.layers.69.mlp.gate","model.layers.69.post_attention_layernorm","model.layers.70.input_layernorm","model.layers.70.mlp.gate","model.layers.70.post_attention_layernorm","model.layers.71.input_layernorm","model.layers.71.mlp.gate","model.layers.71.post_attention_layernorm","model.layers.72.input_layernorm","model.layers.72.mlp.gate","model.layers.72.post_attention_layernorm","model.layers.73.input_layernorm","model.layers.73.mlp.gate","model.layers.73.post_attention_layernorm","model.layers.74.input_layernorm","model.layers.74.mlp.gate","model.layers.74.post_attention_layernorm","model.layers.75.input_layernorm","model.layers.75.mlp.gate","model.layers.75.post_attention_layernorm","model.layers.76.input_layernorm","model.layers.76.mlp.gate","model.layers.76.post_attention_layernorm","model.layers.77.input_layernorm","model.layers.77.mlp.gate","model.layers.77.post_attention_layernorm","model.layers.78.input_layernorm","model.layers.78.mlp.gate","model.layers.78.post_attention_layernorm","model.layers.79.input_layernorm","model.layers.79.mlp.gate","model.layers.79.post_attention_layernorm","model.layers.80.input_layernorm","model.layers.80.mlp.gate","model.layers.80.post_attention_layernorm","model.layers.81.input_layernorm","model.layers.81.mlp.gate","model.layers.81.post_attention_layernorm","model.layers.82.input_layernorm","model.layers.82.mlp.gate","model.layers.82.post_attention_layernorm","model.layers.83.input_layernorm","model.layers.83.mlp.gate","model.layers.83.post_attention_layernorm","model.layers.84.input_layernorm","model.layers.84.mlp.gate","model.layers.84.post_attention_layernorm","model.layers.85.input_layernorm","model.layers.85.mlp.gate","model.layers.85.post_attention_layernorm","model.layers.86.input_layernorm","model.layers.86.mlp.gate","model.layers.86.post_attention_layernorm","model.layers.87.input_layernorm","model.layers.87.mlp.gate","model.layers.87.post_attention_layernorm","model.layers.88.input_layernorm","model.layers.88.mlp.gate","model.layers.88.post_attention_layernorm","model.layers.89.input_layernorm","model.layers.89.mlp.gate","model.layers.89.post_attention_layernorm","model.layers.90.input_layernorm","model.layers.90.mlp.gate","model.layers.90.post_attention_layernorm","model.layers.91.input_layernorm","model.layers.91.mlp.gate","model.layers.91.post_attention_layernorm","model.layers.92.input_layernorm","model.layers.92.mlp.gate","model.layers.92.post_attention_layernorm","model.layers.93.input_layernorm","model.layers.93.mlp.gate","model.layers.93.post_attention_layernorm"],"fmt":"e4m3","quant_method":"fp8","weight_block_size":[128,128]}},"parameters":{"published":235093634560,"basis":"logical parameter count (same tensors as Qwen3-235B-A22B); the FP8 checkpoint additionally stores fp32 weight_scale_inv per 128x128 block","source":"derived from Qwen3-235B-A22B index total_size 470187269120 / 2"},"verified":true,"notes":"Block-wise FP8 (e4m3, weight_block_size [128,128], dynamic activation scaling): every Linear in attention and experts stored as float8_e4m3fn plus a float32 weight_scale_inv of shape [ceil(out/128), ceil(in/128)]; lm_head, router gates (mlp.gate) and norms kept BF16 (modules_to_not_convert lists lm_head + per-layer input_layernorm/mlp.gate/post_attention_layernorm for all 94 layers); embed_tokens is not a Linear and stays BF16. The modules_to_not_convert list here is the expansion seen in aiconfigurator\'s copy. Published HF \'Model size\' would count the scale tensors too (not found). MoE on all layers (decoder_sparse_step 1, mlp_only_layers []), 128 routed experts top-8, NO shared expert; router Linear(hidden,128) without bias. intermediate_size is unused by the checkpoint (no dense MLP layers). Qwen3: attention_bias false (no qkv bias), per-head RMSNorm q_norm/k_norm (head_dim 128 each) in every layer; head_dim is explicit (128) and num_attention_heads*head_dim may differ from hidden_size."},{"id":"deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B","config_source":"https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":151936,"hidden_size":1536,"intermediate_size":8960,"num_hidden_layers":28,"num_attention_heads":12,"num_key_value_heads":2,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","sliding_window":4096,"use_sliding_window":false,"max_window_layers":21,"rope_theta":10000,"use_mrope":false},"parameters":{"published":1777088000,"basis":"single model.safetensors tensor count (BF16, lm_head stored, untied)","source":"code-index id 63213019456: \'deepseek-r1-distill-qwen-1.5b\': (1777088000, 339 tensors, MIT); llama.cpp model_n_params=1777088000 (id 57696064420); paddlenlp: model.safetensors 3.3 GB"},"verified":false,"notes":"UNLIKE Qwen2.5-1.5B, tie_word_embeddings is false and lm_head is stored (339 tensors = 28x12 + 3) -> 1.78B, not 1.54B. Config values other than shapes (max_position_embeddings 131072, rope_theta 10000, sliding_window 4096, max_window_layers 21) are from memory of the HF file (based on Qwen2.5-Math-1.5B) - UNVERIFIED; shape fields verified via tensor shapes/counts. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"deepseek-ai/DeepSeek-R1-Distill-Qwen-7B","config_source":"https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-7B/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":3584,"intermediate_size":18944,"num_hidden_layers":28,"num_attention_heads":28,"num_key_value_heads":4,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","sliding_window":4096,"use_sliding_window":false,"max_window_layers":28,"rope_theta":10000,"use_mrope":false},"parameters":{"published":7615616512,"basis":"computed from config (same tensor shapes as Qwen2.5-Math-7B / Qwen2.5-7B)","source":"keras-hub qwen_presets.py \'qwen2.5_math_7b_en\' params 7615616512 (the distill base model); computed 7,615,616,512"},"verified":false,"notes":"Raw config.json not seen; built on Qwen2.5-Math-7B. vocab_size 152064; rope_theta 10000 / sliding_window 4096 / max_position_embeddings 131072 from memory - UNVERIFIED. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"deepseek-ai/DeepSeek-R1-Distill-Qwen-14B","config_source":"https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-14B/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":5120,"intermediate_size":13824,"num_hidden_layers":48,"num_attention_heads":40,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","sliding_window":131072,"use_sliding_window":false,"max_window_layers":48,"rope_theta":1000000},"parameters":{"published":14770033664,"basis":"computed from config (same tensor shapes as Qwen2.5-14B)","source":"computed 14,770,033,664; Qwen2.5-14B index total_size 29540067328 / 2"},"verified":false,"notes":"Raw config.json not seen; values follow the Qwen2.5-14B base config (max_position_embeddings 131072, max_window_layers 48). rms_norm_eps believed 1e-05 like the base. UNVERIFIED non-shape fields. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."},{"id":"deepseek-ai/DeepSeek-R1-Distill-Qwen-32B","config_source":"https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B/blob/main/config.json","config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"],"torch_dtype":"bfloat16","vocab_size":152064,"hidden_size":5120,"intermediate_size":27648,"num_hidden_layers":64,"num_attention_heads":40,"num_key_value_heads":8,"tie_word_embeddings":false,"max_position_embeddings":131072,"hidden_act":"silu","sliding_window":131072,"use_sliding_window":false,"max_window_layers":64,"rope_theta":1000000},"parameters":{"published":32763876352,"basis":"HF model API safetensors.total (BF16)","source":"github:daniel-p-green/alain-ai-learning-platform/out/research-deepseek-ai-deepseek-r1-distill-qwen-32b/sources/huggingface/model.json (HF model API snapshot: safetensors.total): \\"safetensors\\":{\\"parameters\\":{\\"BF16\\":32763876352},\\"total\\":32763876352}"},"verified":true,"notes":"Shapes verified via exact HF total and the Qwen2.5-32B base config; raw distill config.json fields (max_position_embeddings, max_window_layers) follow the base and were not seen directly. Qwen2-family attention has q_proj/k_proj/v_proj biases (o_proj no bias) with NO config flag (Qwen2Config has no attention_bias key); MLP has no bias."}]}');
;// CONCATENATED MODULE: ./src/core/families.ts
// How each Hugging Face model_type lays out its weight tensors, beyond what config.json says.
// Each entry cites the transformers modeling file it was read from
// (https://github.com/huggingface/transformers/tree/main/src/transformers/models/<type>/modeling_<type>.py).
const LLAMA = {
    qkvBias: 'config',
    oBias: 'config',
    mlp: 'gated',
    mlpBias: 'config',
    norm: 'rms',
    normsPerLayer: 2,
    qkNorm: 'none',
    lmHeadBias: false,
    tieWordEmbeddingsDefault: false,
    attentionSinks: false,
    moeBiases: false,
    routerCorrectionBias: false,
    sharedExpertGate: false,
};
const FAMILIES = {
    // modeling_llama.py: q/k/v/o_proj bias=config.attention_bias, mlp bias=config.mlp_bias.
    llama: LLAMA,
    // modeling_mistral.py / modeling_mixtral.py: no biases.
    mistral: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no' },
    mixtral: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no' },
    // modeling_qwen2.py: q/k/v_proj bias=True, o_proj bias=False.
    qwen2: { ...LLAMA, qkvBias: 'yes', oBias: 'no', mlpBias: 'no' },
    qwen2_moe: { ...LLAMA, qkvBias: 'yes', oBias: 'no', mlpBias: 'no', sharedExpertGate: true },
    qwen2_vl: { ...LLAMA, qkvBias: 'yes', oBias: 'no', mlpBias: 'no' },
    qwen2_5_vl: { ...LLAMA, qkvBias: 'yes', oBias: 'no', mlpBias: 'no' },
    // modeling_qwen3.py: q_norm/k_norm are RMSNorm(head_dim); biases follow attention_bias (false).
    qwen3: { ...LLAMA, mlpBias: 'no', qkNorm: 'head' },
    qwen3_moe: { ...LLAMA, mlpBias: 'no', qkNorm: 'head' },
    // modeling_gemma.py: RMSNorm weight only, tied embeddings by default.
    gemma: { ...LLAMA, mlpBias: 'no', tieWordEmbeddingsDefault: true },
    // modeling_gemma2.py: four norms per layer (pre/post attention, pre/post feed-forward).
    gemma2: { ...LLAMA, mlpBias: 'no', normsPerLayer: 4, tieWordEmbeddingsDefault: true },
    // modeling_gemma3.py: as Gemma 2 plus q_norm/k_norm of head_dim.
    gemma3: { ...LLAMA, mlpBias: 'no', normsPerLayer: 4, qkNorm: 'head', tieWordEmbeddingsDefault: true },
    gemma3_text: { ...LLAMA, mlpBias: 'no', normsPerLayer: 4, qkNorm: 'head', tieWordEmbeddingsDefault: true },
    // modeling_phi3.py: fused qkv_proj and gate_up_proj without bias (same parameter count as split).
    phi3: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no' },
    // modeling_phi.py (phi-1.5, phi-2): parallel attention/MLP under one LayerNorm, biases everywhere,
    // fc1/fc2 MLP, lm_head with bias.
    phi: {
        ...LLAMA,
        qkvBias: 'yes',
        oBias: 'yes',
        mlp: 'plain',
        mlpBias: 'yes',
        norm: 'layernorm',
        normsPerLayer: 1,
        lmHeadBias: true,
    },
    // modeling_phimoe.py: LayerNorm with bias, attention biases, lm_head with bias.
    phimoe: { ...LLAMA, qkvBias: 'config', oBias: 'config', mlpBias: 'no', norm: 'layernorm', lmHeadBias: true },
    // modeling_gpt_neox.py (Pythia): fused query_key_value and dense with bias, fc MLP with bias,
    // two LayerNorms with bias per layer, untied embed_out without bias.
    gpt_neox: {
        ...LLAMA,
        qkvBias: 'yes',
        oBias: 'yes',
        mlp: 'plain',
        mlpBias: 'yes',
        norm: 'layernorm',
    },
    // modeling_cohere.py: one LayerNorm without bias per layer (parallel block), optional
    // per-head q/k norms (use_qk_norm), tied embeddings.
    cohere: {
        ...LLAMA,
        mlpBias: 'no',
        norm: 'layernorm-nobias',
        normsPerLayer: 1,
        qkNorm: 'config',
        tieWordEmbeddingsDefault: true,
    },
    cohere2: {
        ...LLAMA,
        mlpBias: 'no',
        norm: 'layernorm-nobias',
        normsPerLayer: 1,
        tieWordEmbeddingsDefault: true,
    },
    // modeling_deepseek_v2/v3.py: MLA projections without bias; V3 adds e_score_correction_bias.
    deepseek_v2: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no' },
    deepseek_v3: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no', routerCorrectionBias: true },
    kimi_k2: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no', routerCorrectionBias: true },
    // modeling_gpt_oss.py: attention biases and sinks, router and expert biases.
    gpt_oss: {
        ...LLAMA,
        qkvBias: 'yes',
        oBias: 'yes',
        mlpBias: 'no',
        attentionSinks: true,
        moeBiases: true,
    },
};
/**
 * What transformers' config classes assume for keys a published config.json leaves out.
 * Gemma 3's multimodal checkpoints ship a sparse text_config (no vocab_size, heads or window
 * pattern for some sizes) and rely on Gemma3TextConfig's defaults (configuration_gemma3.py).
 */
const CONFIG_DEFAULTS = {
    gemma3_text: {
        vocab_size: 262208,
        hidden_size: 2304,
        intermediate_size: 9216,
        num_hidden_layers: 26,
        num_attention_heads: 8,
        num_key_value_heads: 4,
        head_dim: 256,
        max_position_embeddings: 131072,
        sliding_window: 4096,
        sliding_window_pattern: 6,
    },
};
/** Traits of a model_type; unknown types are treated as Llama-like, the most common layout. */
function familyTraits(modelType) {
    return FAMILIES[modelType] ?? LLAMA;
}

;// CONCATENATED MODULE: ./src/core/architecture.ts
// A model's architecture as the estimator needs it, read from Hugging Face config.json names.
// `normalizeConfig` is the one place that knows config.json spellings; everything downstream
// uses the camelCase fields below.

function num(config, key) {
    const value = config[key];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
function firstNum(config, keys) {
    for (const key of keys) {
        const value = num(config, key);
        if (value !== undefined)
            return value;
    }
    return undefined;
}
function required(config, keys, what) {
    const value = firstNum(config, keys);
    if (value === undefined)
        throw new Error(`config.json has no ${keys.join(' or ')} (${what})`);
    return value;
}
/**
 * Which layers use a sliding window. Newer configs list `layer_types`; Gemma 2 alternates
 * starting with a local layer; Gemma 3 and Cohere2 use `sliding_window_pattern` (every Nth
 * layer is global); Mistral v0.1 windows every layer.
 */
function slidingLayers(config, layers, modelType) {
    const window = num(config, 'sliding_window');
    if (!window)
        return undefined;
    if (config.use_sliding_window === false)
        return undefined;
    const types = config.layer_types;
    if (Array.isArray(types))
        return types.map((t) => t === 'sliding_attention');
    const pattern = num(config, 'sliding_window_pattern');
    if (pattern)
        return Array.from({ length: layers }, (_, i) => (i + 1) % pattern !== 0);
    if (modelType === 'gemma2')
        return Array.from({ length: layers }, (_, i) => i % 2 === 0);
    if (config.use_sliding_window === true) {
        // Qwen2: layers from max_window_layers on use the window (modeling_qwen2).
        const from = num(config, 'max_window_layers') ?? 0;
        return Array.from({ length: layers }, (_, i) => i >= from);
    }
    if (config.use_sliding_window === undefined && (modelType === 'mistral' || modelType === 'mixtral')) {
        return Array.from({ length: layers }, () => true);
    }
    return undefined;
}
function moeShape(config, layers, modelType) {
    const experts = firstNum(config, ['num_local_experts', 'num_experts', 'n_routed_experts']);
    if (!experts)
        return undefined;
    const intermediate = firstNum(config, ['moe_intermediate_size', 'intermediate_size']);
    if (!intermediate)
        throw new Error('config.json has no moe_intermediate_size or intermediate_size (MoE expert width)');
    const firstDense = num(config, 'first_k_dense_replace') ?? 0;
    const freq = num(config, 'moe_layer_freq') ?? 1;
    const sparseStep = num(config, 'decoder_sparse_step') ?? 1;
    const mlpOnly = Array.isArray(config.mlp_only_layers) ? config.mlp_only_layers : [];
    const sparseLayers = Array.from({ length: layers }, (_, i) => {
        if (modelType.startsWith('deepseek') || modelType === 'kimi_k2')
            return i >= firstDense && i % freq === 0;
        if (mlpOnly.includes(i))
            return false;
        return (i + 1) % sparseStep === 0;
    });
    return {
        numExperts: experts,
        numExpertsPerTok: firstNum(config, ['num_experts_per_tok', 'experts_per_token']) ?? 1,
        moeIntermediateSize: intermediate,
        numSharedExperts: num(config, 'n_shared_experts') ?? 0,
        sharedExpertIntermediateSize: num(config, 'shared_expert_intermediate_size') ?? 0,
        sparseLayers,
    };
}
/**
 * The rotary cache vLLM builds once per model (model_executor/layers/rotary_embedding):
 * [max_position, rotary_dim] where max_position is the config's, or original × factor for
 * YaRN/linear/dynamic scaling, and rotary_dim is head_dim × partial_rotary_factor (MLA: the rope part).
 */
function ropeCache(config, headDim, mla) {
    const maxPosition = num(config, 'max_position_embeddings');
    if (!maxPosition || !headDim)
        return undefined;
    const scaling = (config.rope_scaling ?? null);
    const type = String(scaling?.rope_type ?? scaling?.type ?? '');
    const factor = typeof scaling?.factor === 'number' ? scaling.factor : 1;
    const original = typeof scaling?.original_max_position_embeddings === 'number' ? scaling.original_max_position_embeddings : maxPosition;
    const rows = ['yarn', 'linear', 'dynamic'].includes(type) ? Math.round(original * factor) : maxPosition;
    const partial = num(config, 'partial_rotary_factor') ?? num(config, 'rotary_pct') ?? 1;
    return { maxPosition: rows, rotaryDim: mla ? mla.qkRopeHeadDim : Math.round(headDim * partial) };
}
/** Turns a config.json (or a multimodal model's text_config) into an Architecture. */
function normalizeConfig(config) {
    const nested = typeof config.text_config === 'object' && config.text_config !== null ? config.text_config : null;
    const textType = String((nested ?? config).model_type ?? '');
    const text = { ...(CONFIG_DEFAULTS[textType] ?? {}), ...config, ...(nested ?? {}) };
    const modelType = String(config.model_type ?? text.model_type ?? 'llama');
    const traits = familyTraits(modelType);
    const layers = required(text, ['num_hidden_layers', 'n_layer', 'num_layers'], 'number of layers');
    const hidden = required(text, ['hidden_size', 'n_embd', 'd_model'], 'hidden size');
    const heads = firstNum(text, ['num_attention_heads', 'n_head']);
    const kvHeads = firstNum(text, ['num_key_value_heads', 'multi_query_group_num']) ?? heads;
    const headDim = num(text, 'head_dim') ?? (heads ? hidden / heads : undefined);
    const tie = typeof text.tie_word_embeddings === 'boolean'
        ? text.tie_word_embeddings
        : typeof config.tie_word_embeddings === 'boolean'
            ? config.tie_word_embeddings
            : traits.tieWordEmbeddingsDefault;
    const kvLoraRank = num(text, 'kv_lora_rank');
    const mla = kvLoraRank
        ? {
            qLoraRank: num(text, 'q_lora_rank') ?? null,
            kvLoraRank,
            qkRopeHeadDim: required(text, ['qk_rope_head_dim'], 'MLA rope head size'),
            qkNopeHeadDim: required(text, ['qk_nope_head_dim'], 'MLA head size'),
            vHeadDim: required(text, ['v_head_dim'], 'MLA value head size'),
        }
        : undefined;
    const window = num(text, 'sliding_window');
    const windowed = slidingLayers(text, layers, modelType);
    const encoders = Object.fromEntries(['vision_config', 'audio_config'].filter((k) => typeof config[k] === 'object' && config[k] !== null).map((k) => [k, config[k]]));
    return {
        modelType,
        numHiddenLayers: layers,
        hiddenSize: hidden,
        vocabSize: firstNum(text, ['vocab_size', 'padded_vocab_size']),
        intermediateSize: firstNum(text, ['intermediate_size', 'ffn_hidden_size', 'n_inner']),
        numAttentionHeads: heads,
        numKeyValueHeads: kvHeads,
        headDim,
        tieWordEmbeddings: tie,
        maxPositionEmbeddings: firstNum(text, ['max_position_embeddings', 'n_positions', 'max_sequence_length', 'seq_length']),
        torchDtype: String(config.torch_dtype ?? config.dtype ?? text.torch_dtype ?? text.dtype ?? '') || undefined,
        traits,
        attentionBias: text.attention_bias === true,
        mlpBias: text.mlp_bias === true,
        useQkNorm: text.use_qk_norm === true,
        mla,
        moe: moeShape(text, layers, modelType),
        slidingWindow: window && windowed && windowed.some(Boolean) ? { size: window, layers: windowed } : undefined,
        encoders: Object.keys(encoders).length > 0 ? encoders : undefined,
        rope: ropeCache(text, headDim, mla),
        crossAttentionLayers: Array.isArray(text.cross_attention_layers) ? text.cross_attention_layers : undefined,
        // modeling_mllama.py MllamaTextModel: nn.Embedding(config.vocab_size + 8, hidden_size)
        extraEmbeddingRows: modelType === 'mllama' ? 8 : 0,
    };
}

;// CONCATENATED MODULE: ./src/catalog/quantized.ts
// Pre-quantized checkpoints: "Qwen/Qwen2.5-7B-Instruct-AWQ", "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF"
// name their format in the repository id. When such an id is not itself in the catalog, the base
// model is looked up and the format implied.
const SUFFIXES = [
    [/[-_.]GGUF$/i, 'gguf'],
    [/[-_.]AWQ$/i, 'awq'],
    [/[-_.]GPTQ(?:[-_.]Int(\d))?$/i, 'gptq'],
    [/[-_.]FP8(?:[-_.]Dynamic)?$/i, 'fp8'],
    [/[-_.](?:bnb[-_.])?4bit$/i, 'bitsandbytes'],
    [/[-_.]MXFP4$/i, 'mxfp4'],
    [/[-_.]NVFP4$/i, 'nvfp4'],
];
function impliedQuantization(id) {
    const name = id.includes('/') ? id.slice(id.indexOf('/') + 1) : id;
    for (const [pattern, format] of SUFFIXES) {
        const match = pattern.exec(name);
        if (match)
            return { baseName: name.slice(0, match.index), format, bits: match[1] ? Number(match[1]) : undefined };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/catalog/models.ts
// The model catalog (catalog/models/*.json): config.json facts of popular open models by
// Hugging Face id, each with the URL it came from and the published parameter total.











const FILES = [llama_namespaceObject, qwen_namespaceObject, mistral_namespaceObject, gemma_namespaceObject, phi_namespaceObject, deepseek_namespaceObject, gpt_oss_namespaceObject, other_namespaceObject];
const MODELS = FILES.flatMap((f) => f.models);
const INDEX = new Map();
for (const model of MODELS) {
    for (const id of [model.id, ...(model.aliases ?? [])])
        INDEX.set(id.toLowerCase(), model);
}
function findModel(id) {
    const hit = INDEX.get(id.toLowerCase());
    if (hit)
        return { model: hit };
    // A quantized repository of a catalog model: the base model, with the format its name implies.
    const implied = impliedQuantization(id);
    if (implied) {
        const base = MODELS.find((m) => [m.id, ...(m.aliases ?? [])].some((a) => a.slice(a.indexOf('/') + 1).toLowerCase() === implied.baseName.toLowerCase()));
        if (base)
            return { model: base, implied };
    }
    const ids = MODELS.map((m) => m.id);
    // "Llama-3.1-8B-Instruct" without its organisation, or a near miss of the name part.
    const bare = id.includes('/') ? id.slice(id.indexOf('/') + 1) : id;
    const byName = MODELS.filter((m) => [m.id, ...(m.aliases ?? [])].some((a) => a.toLowerCase().endsWith(`/${bare.toLowerCase()}`)));
    const suggestions = byName.length > 0 ? byName.map((m) => m.id) : closest(id, ids, 3);
    return {
        error: `Model "${id}" is not in the built-in catalog.${didYouMean(suggestions)} Or describe it with \`architecture:\` (num_parameters, num_hidden_layers, hidden_size, ...).`,
        suggestions,
    };
}
const ARCHITECTURES = new Map();
/** A catalog model's architecture, normalised once. */
function architectureOf(model) {
    let arch = ARCHITECTURES.get(model);
    if (!arch) {
        arch = normalizeConfig(model.config);
        ARCHITECTURES.set(model, arch);
    }
    return arch;
}

;// CONCATENATED MODULE: ./src/core/units.ts
// Memory is integers of bytes everywhere inside gpu-fit; these helpers are the only
// place a unit string is turned into bytes. Display formatting lives in report/format.ts.
const GB = 1_000_000_000;
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const MB = 1_000_000;
const KiB = 1024;
const UNITS = {
    B: 1,
    KB: 1_000,
    MB,
    GB,
    TB: 1_000 * GB,
    KIB: KiB,
    MIB: MiB,
    GIB: GiB,
    TIB: 1024 * GiB,
};
const MEMORY_UNITS = ['GiB', 'GB', 'MiB', 'MB', 'TiB', 'TB', 'KiB', 'KB', 'B'];
/**
 * Parses "47.5 GiB", "24GB", "23034 MiB" into bytes. A bare number is refused on purpose:
 * spec sheets print GB and nvidia-smi prints MiB, so a number without its unit is ambiguous.
 */
function parseMemory(text) {
    const match = /^\s*([0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?)\s*([a-zA-Z]+)\s*$/.exec(text);
    if (!match) {
        throw new Error(`"${text}" is not a memory size: write a number with its unit, e.g. "47.5 GiB" or "24 GB"`);
    }
    const unit = UNITS[match[2].toUpperCase()];
    if (unit === undefined) {
        throw new Error(`"${match[2]}" is not a memory unit: use one of ${MEMORY_UNITS.join(', ')}`);
    }
    return Math.round(Number(match[1]) * unit);
}
/** Parses a parameter count written as a number or with a suffix: 7e9, "7B", "500M", "1.5T". */
function parseCount(value) {
    if (typeof value === 'number')
        return value;
    const match = /^\s*([0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?)\s*([kKmMbBtT]?)\s*$/.exec(value);
    if (!match)
        throw new Error(`"${value}" is not a count: write a number such as 7e9 or 7B`);
    const scale = { '': 1, k: 1e3, m: 1e6, b: 1e9, t: 1e12 }[match[2].toLowerCase()] ?? 1;
    return Math.round(Number(match[1]) * scale);
}

;// CONCATENATED MODULE: ./src/core/gguf.ts
// GGUF weights as llama.cpp quantizes them: ggml type sizes and the per-tensor type rules of
// `llama-quantize`, so a Q4_K_M file's size follows from the model's architecture.
// Sources: ggml/src/ggml.c type_traits and ggml-common.h block structs (sizes);
// src/llama-quant.cpp llama_model_quantize_impl / llama_tensor_get_type (rules), llama.cpp ~Dec 2025.
/** ggml types: elements per block and bytes per block. */
const GGML_TYPES = {
    F32: { block: 1, bytes: 4 },
    F16: { block: 1, bytes: 2 },
    BF16: { block: 1, bytes: 2 },
    Q4_0: { block: 32, bytes: 18 },
    Q4_1: { block: 32, bytes: 20 },
    Q5_0: { block: 32, bytes: 22 },
    Q5_1: { block: 32, bytes: 24 },
    Q8_0: { block: 32, bytes: 34 },
    Q2_K: { block: 256, bytes: 84 },
    Q3_K: { block: 256, bytes: 110 },
    Q4_K: { block: 256, bytes: 144 },
    Q5_K: { block: 256, bytes: 176 },
    Q6_K: { block: 256, bytes: 210 },
    IQ2_XXS: { block: 256, bytes: 66 },
    IQ2_XS: { block: 256, bytes: 74 },
    IQ2_S: { block: 256, bytes: 82 },
    IQ3_XXS: { block: 256, bytes: 98 },
    IQ3_S: { block: 256, bytes: 110 },
    IQ4_NL: { block: 32, bytes: 18 },
    IQ4_XS: { block: 256, bytes: 136 },
    MXFP4: { block: 32, bytes: 17 },
};
/** llama ftypes (file types, `llama-quantize` names) and the ggml type most tensors get. */
const FTYPE_DEFAULT = {
    F32: 'F32',
    F16: 'F16',
    BF16: 'BF16',
    Q8_0: 'Q8_0',
    Q6_K: 'Q6_K',
    Q5_K_M: 'Q5_K',
    Q5_K_S: 'Q5_K',
    Q5_0: 'Q5_0',
    Q5_1: 'Q5_1',
    Q4_K_M: 'Q4_K',
    Q4_K_S: 'Q4_K',
    Q4_0: 'Q4_0',
    Q4_1: 'Q4_1',
    Q3_K_L: 'Q3_K',
    Q3_K_M: 'Q3_K',
    Q3_K_S: 'Q3_K',
    Q2_K: 'Q2_K',
    IQ4_XS: 'IQ4_XS',
    IQ4_NL: 'IQ4_NL',
    MXFP4_MOE: 'MXFP4',
};
/** KV cache types llama.cpp accepts for -ctk/-ctv, with their ggml type. */
const LLAMA_KV_TYPES = {
    f32: 'F32',
    f16: 'F16',
    bf16: 'BF16',
    q8_0: 'Q8_0',
    q4_0: 'Q4_0',
    q4_1: 'Q4_1',
    q5_0: 'Q5_0',
    q5_1: 'Q5_1',
    iq4_nl: 'IQ4_NL',
};
function isGgufType(name) {
    return normalizeFtype(name) !== undefined;
}
/** "q4_k_m", "Q4_K_M", "GGUF Q4_K_M" → "Q4_K_M". */
function normalizeFtype(name) {
    const key = name.toUpperCase().replace(/^GGUF[\s_-]*/, '').replace(/-/g, '_');
    return key in FTYPE_DEFAULT ? key : undefined;
}
/** Bytes of one row of `ne0` elements in a ggml type. */
function rowBytes(type, ne0) {
    const t = GGML_TYPES[type];
    return Math.ceil(ne0 / t.block) * t.bytes;
}
/** The tensors of a llama.cpp model, with shapes from the Hugging Face config. */
function shapes(arch) {
    const h = arch.hiddenSize;
    const heads = arch.numAttentionHeads ?? 1;
    const kvHeads = arch.numKeyValueHeads ?? heads;
    const hd = arch.headDim ?? h / heads;
    const vocab = arch.vocabSize ?? 0;
    const layers = arch.numHiddenLayers;
    const list = [{ name: 'token_embd', layer: -1, ne0: h, rows: vocab, quantize: true }];
    const bias = arch.traits.qkvBias === 'yes' || (arch.traits.qkvBias === 'config' && arch.attentionBias);
    const fusedQkv = arch.modelType === 'phi3';
    for (let i = 0; i < layers; i += 1) {
        const norm = (name, width = h) => list.push({ name, layer: i, ne0: width, rows: 1, quantize: false });
        norm('attn_norm');
        if (arch.traits.normsPerLayer >= 2)
            norm('ffn_norm');
        if (arch.traits.normsPerLayer >= 4) {
            norm('post_attention_norm');
            norm('post_ffw_norm');
        }
        if (arch.mla) {
            const m = arch.mla;
            const qHead = m.qkNopeHeadDim + m.qkRopeHeadDim;
            if (m.qLoraRank) {
                list.push({ name: 'attn_q_a', layer: i, ne0: h, rows: m.qLoraRank, quantize: true });
                norm('attn_q_a_norm', m.qLoraRank);
                list.push({ name: 'attn_q_b', layer: i, ne0: m.qLoraRank, rows: heads * qHead, quantize: true });
            }
            else
                list.push({ name: 'attn_q', layer: i, ne0: h, rows: heads * qHead, quantize: true });
            list.push({ name: 'attn_kv_a_mqa', layer: i, ne0: h, rows: m.kvLoraRank + m.qkRopeHeadDim, quantize: true });
            norm('attn_kv_a_norm', m.kvLoraRank);
            list.push({ name: 'attn_kv_b', layer: i, ne0: m.kvLoraRank, rows: heads * (m.qkNopeHeadDim + m.vHeadDim), quantize: true });
            list.push({ name: 'attn_output', layer: i, ne0: heads * m.vHeadDim, rows: h, quantize: true });
        }
        else {
            if (fusedQkv)
                list.push({ name: 'attn_qkv', layer: i, ne0: h, rows: (heads + 2 * kvHeads) * hd, quantize: true });
            else {
                list.push({ name: 'attn_q', layer: i, ne0: h, rows: heads * hd, quantize: true });
                list.push({ name: 'attn_k', layer: i, ne0: h, rows: kvHeads * hd, quantize: true });
                list.push({ name: 'attn_v', layer: i, ne0: h, rows: kvHeads * hd, quantize: true });
            }
            list.push({ name: 'attn_output', layer: i, ne0: heads * hd, rows: h, quantize: true });
            if (bias)
                list.push({ name: 'attn_qkv_bias', layer: i, ne0: (heads + 2 * kvHeads) * hd, rows: 1, quantize: false });
            if (arch.traits.qkNorm === 'head') {
                norm('attn_q_norm', hd);
                norm('attn_k_norm', hd);
            }
            if (arch.traits.attentionSinks)
                norm('attn_sinks', heads);
        }
        const moe = arch.moe;
        if (moe && moe.sparseLayers[i]) {
            const w = moe.moeIntermediateSize;
            list.push({ name: 'ffn_gate_inp', layer: i, ne0: h, rows: moe.numExperts, quantize: false });
            list.push({ name: 'ffn_gate_exps', layer: i, ne0: h, rows: w, experts: moe.numExperts, quantize: true });
            list.push({ name: 'ffn_up_exps', layer: i, ne0: h, rows: w, experts: moe.numExperts, quantize: true });
            list.push({ name: 'ffn_down_exps', layer: i, ne0: w, rows: h, experts: moe.numExperts, quantize: true });
            const shared = moe.numSharedExperts * w + moe.sharedExpertIntermediateSize;
            if (shared > 0) {
                list.push({ name: 'ffn_gate_shexp', layer: i, ne0: h, rows: shared, quantize: true });
                list.push({ name: 'ffn_up_shexp', layer: i, ne0: h, rows: shared, quantize: true });
                list.push({ name: 'ffn_down_shexp', layer: i, ne0: shared, rows: h, quantize: true });
            }
        }
        else {
            const w = arch.intermediateSize ?? 4 * h;
            if (arch.traits.mlp === 'gated')
                list.push({ name: 'ffn_gate', layer: i, ne0: h, rows: w, quantize: true });
            list.push({ name: 'ffn_up', layer: i, ne0: h, rows: w, quantize: true });
            list.push({ name: 'ffn_down', layer: i, ne0: w, rows: h, quantize: true });
        }
    }
    list.push({ name: 'output_norm', layer: layers, ne0: h, rows: 1, quantize: false });
    if (!arch.tieWordEmbeddings)
        list.push({ name: 'output', layer: layers, ne0: h, rows: vocab, quantize: true });
    return list;
}
/** llama.cpp's use_more_bits: the first and last eighth of layers and every third one between. */
function useMoreBits(i, n) {
    const eighth = Math.floor(n / 8);
    return i < eighth || i >= Math.floor((7 * n) / 8) || (i - eighth) % 3 === 2;
}
const K_TYPES = new Set(['Q2_K', 'Q3_K', 'Q4_K', 'Q5_K', 'Q6_K', 'IQ4_XS', 'IQ2_XXS', 'IQ2_XS', 'IQ2_S', 'IQ3_XXS', 'IQ3_S']);
/** llama_tensor_get_type for the ftypes above (no imatrix). */
function tensorType(arch, ftype, t) {
    let type = FTYPE_DEFAULT[ftype];
    if (['F32', 'F16', 'BF16'].includes(type))
        return type;
    const layers = arch.numHiddenLayers;
    const heads = arch.numAttentionHeads ?? 1;
    const gqa = heads / (arch.numKeyValueHeads ?? heads);
    const experts = arch.moe?.numExperts ?? 0;
    // LLM_TYPE_70B: llama.cpp's size class for 80-layer Llama 2/3 (GQA) and Qwen2/2.5 72B.
    const is70B = layers === 80 && ['llama', 'qwen2'].includes(arch.modelType) && gqa > 1;
    const tiedEmbedding = t.name === 'token_embd' && arch.tieWordEmbeddings;
    if (ftype === 'MXFP4_MOE') {
        if (t.experts && t.experts > 1)
            return 'MXFP4';
        return 'Q8_0';
    }
    if (t.name === 'output' || tiedEmbedding) {
        if (t.ne0 % 256 !== 0)
            type = 'Q8_0';
        else if (type !== 'Q8_0')
            type = 'Q6_K';
    }
    else if (t.name === 'token_embd') {
        // keeps the default type for these ftypes
    }
    else if (t.name === 'attn_v') {
        if (ftype === 'Q2_K')
            type = gqa >= 4 ? 'Q4_K' : 'Q3_K';
        else if (ftype === 'Q3_K_M')
            type = t.layer < 2 ? 'Q5_K' : 'Q4_K';
        else if (ftype === 'Q3_K_L')
            type = 'Q5_K';
        else if ((ftype === 'IQ4_NL' || ftype === 'IQ4_XS') && gqa >= 4)
            type = 'Q5_K';
        else if ((ftype === 'Q4_K_M' || ftype === 'Q5_K_M') && useMoreBits(t.layer, layers))
            type = 'Q6_K';
        else if (ftype === 'Q4_K_S' && t.layer < 4)
            type = 'Q5_K';
        if (is70B && (type === 'Q3_K' || type === 'Q4_K'))
            type = 'Q5_K';
        if (experts === 8)
            type = 'Q8_0';
    }
    else if (t.name === 'attn_k') {
        if (experts === 8)
            type = 'Q8_0';
    }
    else if (t.name.startsWith('ffn_down')) {
        const i = t.layer;
        if (ftype === 'Q2_K')
            type = 'Q3_K';
        else if (ftype === 'Q3_K_M')
            type = i < Math.floor(layers / 16) ? 'Q5_K' : 'Q4_K';
        else if (ftype === 'Q3_K_L')
            type = 'Q5_K';
        else if ((ftype === 'Q4_K_M' || ftype === 'Q5_K_M') && useMoreBits(i, layers))
            type = 'Q6_K';
        else if ((ftype === 'IQ4_NL' || ftype === 'IQ4_XS' || ftype === 'Q4_K_S') && i < Math.floor(layers / 8))
            type = 'Q5_K';
    }
    else if (t.name === 'attn_output') {
        if (experts === 8) {
            if (['Q2_K', 'Q3_K_S', 'Q3_K_M', 'IQ4_NL', 'Q4_K_S', 'Q4_K_M', 'IQ4_XS'].includes(ftype))
                type = 'Q5_K';
        }
        else if (ftype === 'Q2_K')
            type = 'Q3_K';
        else if (ftype === 'Q3_K_M')
            type = 'Q4_K';
        else if (ftype === 'Q3_K_L')
            type = 'Q5_K';
    }
    else if (t.name === 'attn_qkv') {
        if (ftype === 'Q3_K_M' || ftype === 'Q3_K_L')
            type = 'Q4_K';
        else if (ftype === 'Q4_K_M')
            type = 'Q5_K';
        else if (ftype === 'Q5_K_M')
            type = 'Q6_K';
    }
    // Rows that K-quant blocks (256) do not divide fall back to a 32-block type, then to F16.
    if (K_TYPES.has(type) && t.ne0 % 256 !== 0) {
        type = { Q4_K: 'Q5_0', Q5_K: 'Q5_1', Q6_K: 'Q8_0' }[type] ?? 'IQ4_NL';
    }
    if (t.ne0 % GGML_TYPES[type].block !== 0)
        type = 'F16';
    return type;
}
const TENSORS = new WeakMap();
/** Every tensor of the model in a GGUF of the given file type, with its ggml type and bytes (cached). */
function ggufTensors(arch, ftype) {
    let byType = TENSORS.get(arch);
    if (!byType) {
        byType = new Map();
        TENSORS.set(arch, byType);
    }
    let tensors = byType.get(ftype);
    if (!tensors) {
        tensors = typedTensors(arch, ftype);
        byType.set(ftype, tensors);
    }
    return tensors;
}
function typedTensors(arch, ftype) {
    return shapes(arch).map((s) => {
        const type = s.quantize ? tensorType(arch, ftype, s) : 'F32';
        const rows = s.rows * (s.experts ?? 1);
        return { name: s.name, layer: s.layer, ne0: s.ne0, rows, type, bytes: rowBytes(type, s.ne0) * rows };
    });
}

;// CONCATENATED MODULE: ./src/core/quantization.ts
// Weight quantization formats: how many bytes a packed weight takes (scales and zero points
// included), which tensors a format packs, and how a checkpoint's quantization_config names them.
// Names are vLLM's --quantization values; GGUF types live in gguf.ts.

const FORMATS = {
    fp8: {
        name: 'fp8',
        bits: 8,
        groupSize: null,
        scaleBytes: 4,
        zeroBits: 0,
        scope: 'linear',
        source: 'vllm/model_executor/layers/quantization/fp8.py Fp8LinearMethod.create_weights: float8_e4m3fn weight, float32 weight_scale',
    },
    fbgemm_fp8: {
        name: 'fbgemm_fp8',
        bits: 8,
        groupSize: null,
        scaleBytes: 4,
        zeroBits: 0,
        perChannel: true,
        scope: 'linear',
        source: 'vllm/model_executor/layers/quantization/fbgemm_fp8.py: float8 weight, float32 scale per output channel',
    },
    int8: {
        name: 'int8',
        bits: 8,
        groupSize: null,
        scaleBytes: 4,
        zeroBits: 0,
        perChannel: true,
        scope: 'linear',
        source: 'W8A8 int8 (compressed-tensors): int8 weight, float32 scale per output channel',
    },
    awq: {
        name: 'awq',
        bits: 4,
        groupSize: 128,
        scaleBytes: 2,
        zeroBits: 4,
        scope: 'linear',
        source: 'vllm/model_executor/layers/quantization/awq.py AWQLinearMethod.create_weights: qweight, qzeros (packed int32), float16 scales per group',
    },
    gptq: {
        name: 'gptq',
        bits: 4,
        groupSize: 128,
        scaleBytes: 2,
        zeroBits: 4,
        scope: 'linear',
        source: 'vllm/model_executor/layers/quantization/gptq.py GPTQLinearMethod.create_weights: qweight, qzeros, float16 scales per group, g_idx',
    },
    bitsandbytes: {
        name: 'bitsandbytes',
        bits: 4,
        groupSize: 64,
        scaleBytes: 4,
        zeroBits: 0,
        scope: 'linear',
        source: 'bitsandbytes NF4 (bnb_4bit_quant_type nf4): 4-bit codes, one float32 absmax per 64-weight block',
    },
    mxfp4: {
        name: 'mxfp4',
        bits: 4,
        groupSize: 32,
        scaleBytes: 1,
        zeroBits: 0,
        scope: 'experts',
        source: 'OCP Microscaling MXFP4: FP4 E2M1 values, one E8M0 scale per 32 (vllm/model_executor/layers/quantization/mxfp4.py)',
    },
    nvfp4: {
        name: 'nvfp4',
        bits: 4,
        groupSize: 16,
        scaleBytes: 1,
        zeroBits: 0,
        scope: 'linear',
        source: 'NVFP4 (modelopt): FP4 E2M1 values, one FP8 E4M3 scale per 16, one float32 global scale per tensor',
    },
};
const ALIASES = {
    none: 'none',
    fp8: 'fp8',
    'fp8-dynamic': 'fp8',
    fbgemm_fp8: 'fbgemm_fp8',
    int8: 'int8',
    w8a8: 'int8',
    awq: 'awq',
    awq_marlin: 'awq',
    gptq: 'gptq',
    gptq_marlin: 'gptq',
    marlin: 'gptq',
    bitsandbytes: 'bitsandbytes',
    bnb: 'bitsandbytes',
    nf4: 'bitsandbytes',
    mxfp4: 'mxfp4',
    nvfp4: 'nvfp4',
    modelopt_fp4: 'nvfp4',
    'compressed-tensors': 'compressed-tensors',
};
/** The names the manifest accepts besides GGUF types. */
const QUANTIZATION_NAMES = Object.keys(ALIASES);
function isKnownQuantization(name) {
    return ALIASES[name.toLowerCase()] !== undefined || isGgufType(name);
}
function quantization_num(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/** Reads a checkpoint's quantization_config (config.json) into a format. */
function formatFromConfig(config) {
    const method = String(config.quant_method ?? config.quant_algo ?? '').toLowerCase();
    const notConverted = Array.isArray(config.modules_to_not_convert)
        ? config.modules_to_not_convert
        : Array.isArray(config.ignore)
            ? config.ignore
            : undefined;
    const withSkips = (f) => (notConverted ? { ...f, notConverted } : f);
    if (method === 'fp8') {
        const block = Array.isArray(config.weight_block_size) ? config.weight_block_size : undefined;
        return withSkips({ ...FORMATS.fp8, block });
    }
    if (method === 'fbgemm_fp8')
        return withSkips(FORMATS.fbgemm_fp8);
    if (method === 'gptq' || method === 'awq') {
        const group = quantization_num(config.group_size) ?? quantization_num(config.q_group_size) ?? 128;
        const bits = quantization_num(config.bits) ?? quantization_num(config.w_bit) ?? 4;
        return withSkips({ ...FORMATS[method], bits, zeroBits: bits, groupSize: group > 0 ? group : null });
    }
    if (method === 'mxfp4')
        return withSkips(FORMATS.mxfp4);
    if (method === 'nvfp4' || method === 'modelopt_fp4')
        return withSkips(FORMATS.nvfp4);
    if (method === 'bitsandbytes') {
        if (config.load_in_8bit === true)
            return withSkips({ ...FORMATS.int8, name: 'bitsandbytes', source: 'bitsandbytes LLM.int8: int8 weights, float32 scale per row' });
        return withSkips(FORMATS.bitsandbytes);
    }
    if (method === 'compressed-tensors') {
        // config_groups.<group>.weights: {num_bits, type: int|float, group_size, strategy}
        const groups = (config.config_groups ?? {});
        const weights = Object.values(groups)[0]?.weights;
        if (!weights)
            return null;
        const bits = quantization_num(weights.num_bits) ?? 8;
        const group = quantization_num(weights.group_size);
        if (bits === 8) {
            return withSkips({ ...(weights.type === 'float' ? FORMATS.fp8 : FORMATS.int8), name: 'compressed-tensors', perChannel: weights.strategy === 'channel' });
        }
        return withSkips({ ...FORMATS.gptq, name: 'compressed-tensors', bits, groupSize: group ?? 128, zeroBits: weights.symmetric === false ? bits : 0 });
    }
    return null;
}
/**
 * The format a deployment runs with: the manifest's `quantization` (with optional bits and group
 * size), or else the checkpoint's own quantization_config.
 */
function resolveFormat(name, checkpoint, bits, groupSize) {
    const fromCheckpoint = checkpoint ? formatFromConfig(checkpoint) : null;
    if (!name)
        return fromCheckpoint;
    const canonical = ALIASES[name.toLowerCase()];
    if (!canonical || canonical === 'none')
        return null;
    // A name matching the checkpoint's own method keeps the checkpoint's details (block size, skipped modules).
    const base = fromCheckpoint && (fromCheckpoint.name === canonical || canonical === 'compressed-tensors')
        ? fromCheckpoint
        : canonical === 'compressed-tensors'
            ? FORMATS.int8
            : FORMATS[canonical];
    const packedBits = bits ?? base.bits;
    return {
        ...base,
        bits: packedBits,
        // zero points are packed at the weights' width (qzeros)
        zeroBits: base.zeroBits > 0 ? packedBits : 0,
        groupSize: groupSize === undefined ? base.groupSize : groupSize <= 0 ? null : groupSize,
    };
}
/** Bytes one packed weight takes, its share of scales and zero points included. */
function bytesPerQuantizedWeight(format, inFeatures = 4096) {
    let perWeight = format.bits / 8;
    if (format.groupSize)
        perWeight += (format.scaleBytes + format.zeroBits / 8) / format.groupSize;
    else if (format.block)
        perWeight += format.scaleBytes / (format.block[0] * format.block[1]);
    else if (format.perChannel)
        perWeight += format.scaleBytes / inFeatures;
    return perWeight;
}
const PATTERNS = new Map();
/** modules_to_not_convert entries match whole dotted path segments; `*` matches one segment. */
function modulePattern(pattern) {
    let re = PATTERNS.get(pattern);
    if (!re) {
        re = new RegExp(`(^|\\.)${pattern.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^.]+')}($|\\.)`);
        PATTERNS.set(pattern, re);
    }
    return re;
}
/** Whether a module path (model.layers.3.self_attn, lm_head) is left unquantized by the format. */
function isConverted(format, modulePath) {
    if (!format.notConverted)
        return true;
    return !format.notConverted.some((pattern) => modulePattern(pattern).test(modulePath));
}

;// CONCATENATED MODULE: ./src/core/dtype.ts
// Element types of weights and of the KV cache, with their storage size in bytes.
// Names follow vLLM's --dtype / --kv-cache-dtype and torch's dtype names.
const WEIGHT_DTYPES = ['auto', 'float32', 'float16', 'bfloat16'];
/** Other spellings users and config.json files use for the same types. */
const DTYPE_ALIASES = {
    float32: 'float32',
    fp32: 'float32',
    float: 'float32',
    f32: 'float32',
    float16: 'float16',
    fp16: 'float16',
    half: 'float16',
    f16: 'float16',
    bfloat16: 'bfloat16',
    bf16: 'bfloat16',
};
const DTYPE_BYTES = {
    float32: 4,
    float16: 2,
    bfloat16: 2,
};
/** Normalises a dtype spelling ("bf16", "torch.bfloat16") to its canonical name, or undefined. */
function normalizeDtype(name) {
    if (!name)
        return undefined;
    return DTYPE_ALIASES[name.toLowerCase().replace(/^torch\./, '')];
}
/**
 * `dtype: auto` takes the checkpoint's torch_dtype, as vLLM and transformers do, except that
 * float32 checkpoints are served in float16 by vLLM (vllm/config: _get_and_verify_dtype). We
 * follow the engines that down-cast; transformers keeps float32 unless told otherwise.
 */
function resolveWeightDtype(requested, checkpointDtype, downcastFloat32) {
    if (requested !== 'auto')
        return requested;
    const fromConfig = normalizeDtype(checkpointDtype) ?? 'float16';
    if (fromConfig === 'float32' && downcastFloat32)
        return 'float16';
    return fromConfig;
}

;// CONCATENATED MODULE: ./src/core/kv-dtype.ts
// KV cache element types: vLLM's --kv-cache-dtype values and llama.cpp's -ctk/-ctv types.
const KV_CACHE_DTYPES = {
    auto: null,
    float16: 2,
    fp16: 2,
    f16: 2,
    bfloat16: 2,
    bf16: 2,
    float32: 4,
    fp32: 4,
    f32: 4,
    fp8: 1,
    fp8_e4m3: 1,
    fp8_e5m2: 1,
    fp8_inc: 1,
    int8: 1,
};
/** Bytes of one cached K or V value; `auto` is the model's dtype. */
function kvCacheDtypeBytes(name, modelDtypeBytes) {
    const bytes = KV_CACHE_DTYPES[name.toLowerCase()];
    return bytes ?? modelDtypeBytes;
}

;// CONCATENATED MODULE: ./src/core/types.ts
// The estimator's inputs and outputs. Every memory figure is an integer number of bytes, per GPU.
const ENGINES = ['generic', 'vllm', 'sglang', 'tgi', 'llama.cpp', 'ollama', 'transformers'];

;// CONCATENATED MODULE: ./src/manifest/fields.ts
// The manifest's fields (format version 1): one declaration drives validation, the "did you
// mean" suggestions and the published JSON Schema (`gpu-fit schema`). Names are vLLM's engine
// arguments and Hugging Face config.json keys.




const ARCHITECTURE_FIELDS = {
    num_parameters: { kind: 'count', description: 'P: total parameters, e.g. 7.0e9 or "7B".' },
    num_hidden_layers: { kind: 'integer', min: 1, description: 'L: decoder layers.' },
    hidden_size: { kind: 'integer', min: 1, description: 'H: hidden size.' },
    num_attention_heads: { kind: 'integer', min: 1, description: 'Query heads.' },
    num_key_value_heads: {
        kind: 'integer',
        min: 1,
        description: 'K/V heads (grouped-query attention); defaults to num_attention_heads.',
    },
    head_dim: { kind: 'integer', min: 1, description: 'Size of one head; defaults to hidden_size / num_attention_heads.' },
    vocab_size: { kind: 'integer', min: 1, description: 'Vocabulary size.' },
    intermediate_size: { kind: 'integer', min: 1, description: 'MLP width.' },
    max_position_embeddings: { kind: 'integer', min: 1, description: 'Longest context the model supports.' },
};
const DEPLOYMENT_FIELDS = {
    model: {
        kind: 'string',
        description: 'Hugging Face model id: from the built-in catalog, else read from the Hub (config.json and the safetensors headers).',
    },
    from: {
        kind: 'string',
        description: 'A deployment file (Kubernetes, KServe, Helm output, Compose), relative to this manifest: its serving flags, GPU and model are used, and the fields here complete or override them.',
    },
    workload: { kind: 'string', description: 'With `from`: which workload (metadata.name or Compose service) of that file, when it has several.' },
    revision: { kind: 'string', description: 'Hub revision (branch, tag or commit) the model is read at (default main).' },
    config: {
        kind: 'string',
        description: 'Path of a config.json kept in the repository, relative to this manifest (instead of reading the Hub).',
    },
    architecture: {
        kind: 'object',
        fields: ARCHITECTURE_FIELDS,
        required: ['num_parameters', 'num_hidden_layers', 'hidden_size'],
        description: 'Raw architecture numbers (config.json names) instead of `model`.',
    },
    engine: { kind: 'enum', values: ENGINES, aliases: { llamacpp: 'llama.cpp', 'llama-cpp': 'llama.cpp', hf: 'transformers' }, description: 'Serving engine whose memory rules apply (default generic: the seed calculator).' },
    dtype: {
        kind: 'enum',
        values: WEIGHT_DTYPES,
        aliases: { fp32: 'float32', float: 'float32', fp16: 'float16', half: 'float16', bf16: 'bfloat16' },
        description: 'Weight dtype (auto: the checkpoint\'s torch_dtype).',
    },
    engine_version: {
        kind: 'string',
        description: 'Engine release the memory rules follow, e.g. "0.10.1" for vLLM (default: the newest modelled).',
    },
    quantization: {
        kind: 'quantization',
        description: 'Weight quantization: a vLLM --quantization name (fp8, awq, gptq, bitsandbytes, mxfp4, compressed-tensors, ...) or a GGUF type (Q4_K_M, Q8_0, ...). Default: the checkpoint\'s own.',
    },
    bits: { kind: 'integer', min: 2, max: 8, description: 'Bits per weight of GPTQ/AWQ-style formats (default 4).' },
    group_size: { kind: 'integer', min: -1, description: 'Weights per scale of GPTQ/AWQ-style formats (default 128; -1: one per channel).' },
    kv_cache_dtype: {
        kind: 'enum',
        values: [...Object.keys(KV_CACHE_DTYPES), ...Object.keys(LLAMA_KV_TYPES).filter((k) => !(k in KV_CACHE_DTYPES))],
        description: 'KV cache dtype (auto: the weights\' dtype): fp8 (e4m3/e5m2) for vLLM/SGLang, q8_0/q4_0 for llama.cpp/Ollama.',
    },
    max_model_len: {
        kind: 'integer',
        min: 1,
        humanReadable: true,
        description: 'S: tokens per sequence (default: the model\'s max_position_embeddings).',
    },
    concurrency: { kind: 'integer', min: 1, description: 'B: full-length sequences held in the KV cache at once (default 1).' },
    gpu: { kind: 'gpu', description: 'GPU name or alias from the catalog, or {name, memory} with a unit, e.g. {name: my-card, memory: 47.5 GiB}.' },
    tensor_parallel_size: {
        kind: 'integer',
        min: 1,
        max: 1024,
        description: 'GPUs a replica splits its layers across (default 1). TGI: num_shard; llama.cpp/Ollama: GPUs the layers are split over.',
    },
    pipeline_parallel_size: { kind: 'integer', min: 1, max: 128, description: 'Pipeline stages, each tensor_parallel_size GPUs (default 1).' },
    max_num_seqs: { kind: 'integer', min: 1, description: 'vLLM: sequences per batch (default by engine version and GPU).' },
    max_num_batched_tokens: {
        kind: 'integer',
        min: 1,
        humanReadable: true,
        description: 'vLLM: tokens per batch, which sizes the profiling run (TGI: max_batch_prefill_tokens).',
    },
    block_size: { kind: 'integer', min: 1, description: 'vLLM: tokens per KV cache block (default 16; MLA backends 64/128).' },
    enforce_eager: { kind: 'boolean', description: 'vLLM: run without CUDA graphs.' },
    n_gpu_layers: { kind: 'integer', min: 0, description: 'llama.cpp/Ollama: layers offloaded to the GPUs (default: all, output layer included).' },
    flash_attention: { kind: 'boolean', description: 'llama.cpp/Ollama: flash attention (default on for llama.cpp, per model for Ollama).' },
    mem_fraction_static: {
        kind: 'number',
        min: 0,
        max: 1,
        exclusiveMin: true,
        description: 'SGLang: share of free memory for weights and KV cache (default by GPU size and version).',
    },
    gpu_memory_utilization: {
        kind: 'number',
        min: 0,
        max: 1,
        exclusiveMin: true,
        description: 'Fraction of each GPU the engine may use (vllm default 0.9; 1.0 otherwise).',
    },
};
const TOP_LEVEL_FIELDS = ['version', 'deployments'];
const MANIFEST_VERSION = 1;

;// CONCATENATED MODULE: ./src/manifest/schema.ts
// The manifest's JSON Schema, generated from the same field declarations the validator uses.
// Published as schema/gpu-fit.schema.json for editors (a test keeps the file in step).



function fieldSchema(spec) {
    switch (spec.kind) {
        case 'string':
            return { type: 'string', minLength: 1, description: spec.description };
        case 'enum': {
            const values = [...spec.values, ...Object.keys(spec.aliases ?? {})];
            return { enum: spec.nullable ? [...values, null] : values, description: spec.description };
        }
        case 'integer':
            return spec.humanReadable
                ? {
                    anyOf: [
                        { type: 'integer', minimum: spec.min, ...(spec.max !== undefined ? { maximum: spec.max } : {}) },
                        { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?[kKmMgG]$' },
                    ],
                    description: `${spec.description} Accepts 8k (8000) and 8K (8192).`,
                }
                : { type: 'integer', minimum: spec.min, ...(spec.max !== undefined ? { maximum: spec.max } : {}), description: spec.description };
        case 'number':
            return {
                type: 'number',
                ...(spec.exclusiveMin ? { exclusiveMinimum: spec.min } : { minimum: spec.min }),
                maximum: spec.max,
                description: spec.description,
            };
        case 'boolean':
            return { type: 'boolean', description: spec.description };
        case 'count':
            return {
                anyOf: [{ type: 'number', exclusiveMinimum: 0 }, { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\s*[kKmMbBtT]?$' }],
                description: spec.description,
            };
        case 'quantization':
            return { anyOf: [{ type: 'null' }, { enum: QUANTIZATION_NAMES }], description: spec.description };
        case 'gpu':
            return {
                anyOf: [
                    { type: 'string', minLength: 1 },
                    {
                        type: 'object',
                        additionalProperties: false,
                        required: ['name'],
                        properties: {
                            name: { type: 'string', minLength: 1 },
                            memory: {
                                type: 'string',
                                pattern: `^[0-9]+(\\.[0-9]+)?\\s*(${MEMORY_UNITS.join('|')})$`,
                                description: 'Memory of one GPU with its unit, e.g. "47.5 GiB".',
                            },
                        },
                    },
                ],
                description: spec.description,
            };
        case 'object':
            return {
                type: 'object',
                additionalProperties: false,
                required: [...spec.required],
                properties: Object.fromEntries(Object.entries(spec.fields).map(([k, v]) => [k, fieldSchema(v)])),
                description: spec.description,
            };
    }
}
function manifestJsonSchema() {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'gpu-fit manifest',
        description: 'LLM deployments and the GPUs they target, checked by the gpu-fit action.',
        type: 'object',
        additionalProperties: false,
        required: ['version', 'deployments'],
        properties: {
            version: { const: MANIFEST_VERSION, description: 'Manifest format version.' },
            deployments: {
                type: 'object',
                minProperties: 1,
                description: 'Deployments by name.',
                additionalProperties: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['gpu'],
                    oneOf: [{ required: ['model'] }, { required: ['architecture'] }],
                    properties: Object.fromEntries(Object.entries(DEPLOYMENT_FIELDS).map(([k, v]) => [k, fieldSchema(v)])),
                },
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/report/format.ts
// Units at the edge: the only place bytes become GiB or GB, always with the unit written.

const DISPLAY_UNITS = ['GiB', 'GB'];
function formatBytes(bytes, unit, digits = 2) {
    const value = bytes / (unit === 'GiB' ? GiB : GB);
    const text = Math.abs(value).toFixed(digits);
    return `${bytes < 0 && Number(text) !== 0 ? '−' : ''}${text} ${unit}`;
}
function formatSignedBytes(bytes, unit, digits = 2) {
    const text = formatBytes(bytes, unit, digits);
    return bytes > 0 ? `+${text}` : text;
}
function formatPercent(fraction, digits = 0) {
    const text = Math.abs(fraction * 100).toFixed(digits);
    return `${fraction < 0 && Number(text) !== 0 ? '−' : ''}${text}%`;
}
/** 8030261248 → "8.03B"; 1.2e8 → "120M". */
function formatCount(count) {
    if (count >= 1e12)
        return `${(count / 1e12).toPrecision(3)}T`;
    if (count >= 1e9)
        return `${(count / 1e9).toPrecision(3)}B`;
    if (count >= 1e6)
        return `${(count / 1e6).toPrecision(3)}M`;
    return String(count);
}
/** 1234567 → "1,234,567". */
function formatInteger(value) {
    return Math.round(value).toLocaleString('en-US');
}
function formatInput(value) {
    if (typeof value === 'string')
        return value;
    if (Number.isInteger(value) && Math.abs(value) >= 10_000)
        return formatInteger(value);
    return String(value);
}
/** KV capacity as engines log it: "136,080 tokens (3.32× max_model_len)". */
function formatCapacity(tokens, concurrency) {
    if (tokens === null)
        return '—';
    const times = concurrency === null ? '' : ` (${concurrency.toFixed(2)}×)`;
    return `${formatInteger(tokens)}${times}`;
}

;// CONCATENATED MODULE: ./src/core/checkpoint.ts
// A checkpoint's tensors as its safetensors headers list them (name, dtype, shape → bytes), and
// the bytes an engine holds for them. Exact bytes beat a parameter count × bytes per parameter
// whenever the engine serves the checkpoint in the format it is stored in.


/** safetensors dtypes that hold unquantized floating-point weights (cast to the serving dtype). */
const FLOAT_DTYPES = new Set(['F64', 'F32', 'F16', 'BF16']);
/** Decoder layers of the language model; vision towers name their layers differently. */
const DECODER_LAYER = /^(?:model\.|language_model\.model\.|model\.language_model\.|transformer\.)?(?:layers|h)\.(\d+)\./;
/** Sums a checkpoint at the serving dtype (cast) or as stored. */
function sumCheckpoint(checkpoint, arch, mode, dtypeBytes) {
    let bytes = 0;
    let stored = 0;
    let skipped = 0;
    let count = 0;
    for (const t of checkpoint.tensors) {
        stored += t.bytes;
        const layer = DECODER_LAYER.exec(t.name);
        // vLLM's model classes skip weights of layers beyond num_hidden_layers (DeepSeek V3's MTP layer).
        if (layer && Number(layer[1]) >= arch.numHiddenLayers) {
            skipped += t.bytes;
            continue;
        }
        count += 1;
        bytes += mode === 'cast' && FLOAT_DTYPES.has(t.dtype) ? t.elements * dtypeBytes : t.bytes;
    }
    return { bytes, storedBytes: stored, skippedBytes: skipped, tensors: count, mode, source: checkpoint.source };
}
/**
 * The checkpoint's bytes as the engine will hold them, or undefined when the engine does not
 * serve it as stored: a GGUF type, or quantization applied at load time to an unquantized
 * checkpoint (fp8, bitsandbytes), where the architecture's count decides instead.
 */
function servedCheckpoint(model, serving, dtypeBytes, format) {
    const checkpoint = model.checkpoint;
    if (!checkpoint || checkpoint.tensors.length === 0)
        return undefined;
    if (serving.quantization && isGgufType(serving.quantization))
        return undefined;
    const stored = model.quantizationConfig ? resolveFormat(null, model.quantizationConfig) : null;
    if (stored) {
        if (!format || format.name !== stored.name)
            return undefined;
        return sumCheckpoint(checkpoint, model.architecture, 'as-stored', dtypeBytes);
    }
    if (format)
        return undefined;
    return sumCheckpoint(checkpoint, model.architecture, 'cast', dtypeBytes);
}
/** The weights line, saying that its figure is anchored to the checkpoint's exact bytes. */
function withCheckpoint(component, checkpoint) {
    if (!checkpoint)
        return component;
    return {
        ...component,
        formula: `${component.formula}, scaled to the checkpoint's exact bytes`,
        inputs: {
            ...component.inputs,
            checkpoint_bytes: checkpoint.bytes,
            checkpoint_tensors: checkpoint.tensors,
            checkpoint_dtype_rule: checkpoint.mode === 'cast' ? 'floating tensors at the serving dtype' : 'as stored (pre-quantized)',
            ...(checkpoint.skippedBytes > 0 ? { checkpoint_skipped_bytes: checkpoint.skippedBytes } : {}),
            checkpoint_source: checkpoint.source,
        },
    };
}

;// CONCATENATED MODULE: ./src/core/kv-cache.ts
// KV cache geometry: how many values each token stores per layer.
function kvWidth(arch, mlaLayout = 'latent') {
    if (arch.mla) {
        const m = arch.mla;
        if (mlaLayout === 'latent') {
            return {
                valuesPerTokenPerLayer: m.kvLoraRank + m.qkRopeHeadDim,
                formula: 'kv_lora_rank + qk_rope_head_dim (MLA latent, no separate V)',
                inputs: { kv_lora_rank: m.kvLoraRank, qk_rope_head_dim: m.qkRopeHeadDim },
            };
        }
        const heads = arch.numAttentionHeads ?? 1;
        return {
            valuesPerTokenPerLayer: heads * (m.qkNopeHeadDim + m.qkRopeHeadDim + m.vHeadDim),
            formula: 'num_attention_heads × (qk_nope_head_dim + qk_rope_head_dim + v_head_dim)',
            inputs: {
                num_attention_heads: heads,
                qk_nope_head_dim: m.qkNopeHeadDim,
                qk_rope_head_dim: m.qkRopeHeadDim,
                v_head_dim: m.vHeadDim,
            },
        };
    }
    if (arch.numKeyValueHeads !== undefined && arch.headDim !== undefined) {
        return {
            valuesPerTokenPerLayer: 2 * arch.numKeyValueHeads * arch.headDim,
            formula: '2 × num_key_value_heads × head_dim',
            inputs: { num_key_value_heads: arch.numKeyValueHeads, head_dim: arch.headDim },
        };
    }
    // The seed's inputs: without head counts, K and V are each hidden_size wide (multi-head attention).
    return {
        valuesPerTokenPerLayer: 2 * arch.hiddenSize,
        formula: '2 × hidden_size (no head counts given: multi-head attention assumed)',
        inputs: { hidden_size: arch.hiddenSize },
    };
}

;// CONCATENATED MODULE: ./src/core/encoders.ts
// Parameters of the vision encoders (and their projectors into the language model) that ship
// inside multimodal checkpoints. Each formula follows the transformers modeling file named.
function n(config, key, fallback) {
    const value = config[key];
    if (typeof value === 'number')
        return value;
    if (fallback !== undefined)
        return fallback;
    throw new Error(`vision_config has no ${key}`);
}
/** modeling_siglip.py (Gemma 3's tower): ViT with LayerNorm and biases, learned positions. */
function siglip(v) {
    const h = n(v, 'hidden_size', 768);
    const inter = n(v, 'intermediate_size', 3072);
    const layers = n(v, 'num_hidden_layers', 12);
    const patch = n(v, 'patch_size', 16);
    const image = n(v, 'image_size', 224);
    const channels = n(v, 'num_channels', 3);
    const layer = 4 * (h * h + h) + (h * inter + inter) + (inter * h + h) + 2 * 2 * h;
    return layers * layer + channels * patch * patch * h + h + (image / patch) ** 2 * h + 2 * h;
}
/** modeling_gemma3.py Gemma3MultiModalProjector: input projection and soft-embedding RMSNorm. */
function gemma3(config, textHidden) {
    const v = config.vision_config;
    const h = n(v, 'hidden_size', 1152);
    return siglip(v) + h * textHidden + h;
}
/** modeling_mllama.py: local and gated global ViT layers, tiled position embeddings, projector. */
function mllama(config, textHidden) {
    const v = config.vision_config;
    const h = n(v, 'hidden_size');
    const inter = n(v, 'intermediate_size');
    const patch = n(v, 'patch_size');
    const image = n(v, 'image_size');
    const tiles = n(v, 'max_num_tiles');
    const channels = n(v, 'num_channels', 3);
    const ratios = Array.isArray(v.supported_aspect_ratios) ? v.supported_aspect_ratios.length : 8;
    const patches = (image / patch) ** 2 + 1;
    const layer = 4 * h * h + (h * inter + inter) + (inter * h + h) + 2 * 2 * h;
    const local = n(v, 'num_hidden_layers') * layer;
    const global = n(v, 'num_global_layers') * (layer + 2);
    const embeddings = channels * patch * patch * h + // patch_embedding (no bias)
        h + // class_embedding
        1 + patches * h + // gated positional embedding
        (ratios + 1) * tiles * patches * h + // tile position embedding
        2 * ((ratios + 1) * tiles * h + 1) + // pre/post tile aspect-ratio embeddings with gates
        2 * 2 * h; // layernorm_pre, layernorm_post
    const projector = n(v, 'vision_output_dim') * textHidden + textHidden;
    return local + global + embeddings + projector;
}
/**
 * modeling_qwen2_vl.py / modeling_qwen2_5_vl.py: Conv3d patch embedding, ViT blocks with qkv
 * bias, and a patch merger MLP into the language model. Qwen2-VL: LayerNorm and a 4× fc MLP;
 * Qwen2.5-VL: RMSNorm and a gated MLP of intermediate_size with biases.
 */
function qwenVl(config, textHidden, v25) {
    const v = config.vision_config;
    const e = n(v, 'embed_dim', n(v, 'hidden_size', 1280));
    const depth = n(v, 'depth');
    const patch = n(v, 'patch_size', 14);
    const temporal = n(v, 'temporal_patch_size', 2);
    const channels = n(v, 'in_chans', n(v, 'in_channels', 3));
    const merge = n(v, 'spatial_merge_size', 2);
    const out = n(v, 'out_hidden_size', v25 ? textHidden : n(v, 'hidden_size', textHidden));
    const norm = v25 ? e : 2 * e;
    const attention = 3 * e * e + 3 * e + e * e + e;
    let mlp;
    if (v25) {
        const inter = n(v, 'intermediate_size');
        mlp = 2 * (e * inter + inter) + inter * e + e;
    }
    else {
        const hiddenMlp = e * n(v, 'mlp_ratio', 4);
        mlp = e * hiddenMlp + hiddenMlp + hiddenMlp * e + e;
    }
    const merged = e * merge * merge;
    const merger = norm + (merged * merged + merged) + (merged * out + out);
    return channels * temporal * patch * patch * e + depth * (2 * norm + attention + mlp) + merger;
}
function first(config, keys) {
    for (const key of keys)
        if (typeof config[key] === 'number')
            return config[key];
    return undefined;
}
/**
 * An encoder of a family not modelled here (a ViT, a Whisper-style audio encoder), from the
 * sizes its config gives: per layer attention (4h² + 4h), an MLP (2·h·intermediate +
 * intermediate + h) and two LayerNorms, plus a linear projector into the language model. An
 * approximation that leaves out patch and position embeddings; null without the sizes.
 */
function genericEncoderParameters(v, textHidden) {
    const h = first(v, ['hidden_size', 'embed_dim', 'd_model', 'width']);
    const layers = first(v, ['num_hidden_layers', 'depth', 'encoder_layers', 'num_layers']);
    if (!h || !layers)
        return null;
    const inter = first(v, ['intermediate_size', 'encoder_ffn_dim', 'mlp_dim']) ?? h * (first(v, ['mlp_ratio']) ?? 4);
    return layers * (4 * h * h + 4 * h + 2 * h * inter + inter + h + 4 * h) + h * textHidden + textHidden;
}
function visionParameters(config, modelType, textHidden) {
    if (typeof config.vision_config !== 'object' || config.vision_config === null)
        return 0;
    switch (modelType) {
        case 'gemma3':
            return gemma3(config, textHidden);
        case 'mllama':
            return mllama(config, textHidden);
        case 'qwen2_vl':
            return qwenVl(config, textHidden, false);
        case 'qwen2_5_vl':
            return qwenVl(config, textHidden, true);
        default:
            return genericEncoderParameters(config.vision_config, textHidden);
    }
}
/** Vision and audio encoder parameters (with their projectors); null when none present can be sized. */
function encoderParameters(config, modelType, textHidden) {
    const present = (key) => typeof config[key] === 'object' && config[key] !== null;
    const sizes = [
        ...(present('vision_config') ? [visionParameters(config, modelType, textHidden)] : []),
        ...(present('audio_config') ? [genericEncoderParameters(config.audio_config, textHidden)] : []),
    ];
    if (sizes.length === 0)
        return 0;
    if (sizes.every((n) => n === null))
        return null;
    return sizes.reduce((a, n) => a + (n ?? 0), 0);
}

;// CONCATENATED MODULE: ./src/core/parameters.ts
// Parameter counts from the architecture: embeddings, attention with its real head counts,
// MLP (dense, routed experts, shared experts, routers), norms, and the output head.

function bias(flag, configValue) {
    return flag === 'yes' || (flag === 'config' && configValue);
}
function normWidth(arch, width) {
    return arch.traits.norm === 'layernorm' ? 2 * width : width;
}
/** One attention block: projections, biases, q/k norms, sinks. */
function attentionParameters(arch) {
    const h = arch.hiddenSize;
    const t = arch.traits;
    const heads = arch.numAttentionHeads ?? 1;
    if (arch.mla) {
        const m = arch.mla;
        const qHead = m.qkNopeHeadDim + m.qkRopeHeadDim;
        const qLinear = m.qLoraRank ? h * m.qLoraRank + m.qLoraRank * heads * qHead : h * heads * qHead;
        const linear = qLinear +
            h * (m.kvLoraRank + m.qkRopeHeadDim) +
            m.kvLoraRank * heads * (m.qkNopeHeadDim + m.vHeadDim) +
            heads * m.vHeadDim * h;
        // q_a_layernorm and kv_a_layernorm
        const norms = (m.qLoraRank ?? 0) + m.kvLoraRank;
        return { params: linear + norms, linear };
    }
    const kvHeads = arch.numKeyValueHeads ?? heads;
    const headDim = arch.headDim ?? h / heads;
    const qWidth = heads * headDim;
    const kvWidth = kvHeads * headDim;
    const linear = h * qWidth + 2 * h * kvWidth + qWidth * h;
    let params = linear;
    if (bias(t.qkvBias, arch.attentionBias))
        params += qWidth + 2 * kvWidth;
    if (bias(t.oBias, arch.attentionBias))
        params += h;
    const qkNorm = t.qkNorm === 'config' ? (arch.useQkNorm ? 'per-head' : 'none') : t.qkNorm;
    if (qkNorm === 'head')
        params += 2 * headDim;
    if (qkNorm === 'per-head')
        params += qWidth + kvWidth;
    if (t.attentionSinks)
        params += heads;
    return { params, linear };
}
/** One dense MLP of the given width. */
function denseMlpParameters(arch, width) {
    const h = arch.hiddenSize;
    const withBias = bias(arch.traits.mlpBias, arch.mlpBias);
    if (arch.traits.mlp === 'plain') {
        const linear = 2 * h * width;
        return { params: linear + (withBias ? width + h : 0), linear };
    }
    const linear = 3 * h * width;
    return { params: linear + (withBias ? 2 * width + h : 0), linear };
}
/** One routed expert (gate/up/down of moe_intermediate_size), with gpt-oss's expert biases. */
function expertParameters(arch) {
    const h = arch.hiddenSize;
    const w = arch.moe.moeIntermediateSize;
    const linear = 3 * h * w;
    return { params: linear + (arch.traits.moeBiases ? 2 * w + h : 0), linear };
}
const COUNTS = new WeakMap();
/** Counted once per architecture: recommendations re-estimate the same model on every catalog GPU. */
function countParameters(arch) {
    let count = COUNTS.get(arch);
    if (!count) {
        count = count_(arch);
        COUNTS.set(arch, count);
    }
    return count;
}
function count_(arch) {
    const h = arch.hiddenSize;
    const layers = arch.numHiddenLayers;
    const vocab = arch.vocabSize ?? 0;
    const embedding = (vocab + arch.extraEmbeddingRows) * h;
    const lmHead = arch.tieWordEmbeddings ? 0 : vocab * h + (arch.traits.lmHeadBias ? vocab : 0);
    const attn = attentionParameters(arch);
    // Cross-attention layers (mllama) add per-head-dim q/k norms and two scalar tanh gates.
    const crossLayers = arch.crossAttentionLayers?.length ?? 0;
    const crossExtra = crossLayers * (2 * (arch.headDim ?? h / (arch.numAttentionHeads ?? 1)) + 2);
    const attention = attn.params * layers + crossExtra;
    const norms = layers * arch.traits.normsPerLayer * normWidth(arch, h) + normWidth(arch, h);
    let linear = attn.linear * layers;
    let mlp = 0;
    let routedExperts = 0;
    let activeMlp = 0;
    const moe = arch.moe;
    for (let i = 0; i < layers; i += 1) {
        if (!moe || !moe.sparseLayers[i]) {
            const dense = denseMlpParameters(arch, arch.intermediateSize ?? 4 * h);
            mlp += dense.params;
            activeMlp += dense.params;
            linear += dense.linear;
            continue;
        }
        const expert = expertParameters(arch);
        const router = h * moe.numExperts +
            (arch.traits.moeBiases ? moe.numExperts : 0) +
            (arch.traits.routerCorrectionBias ? moe.numExperts : 0);
        const sharedLinear = moe.numSharedExperts * 3 * h * moe.moeIntermediateSize + 3 * h * moe.sharedExpertIntermediateSize;
        const shared = sharedLinear + (arch.traits.sharedExpertGate && moe.sharedExpertIntermediateSize ? h : 0);
        routedExperts += expert.linear * moe.numExperts;
        linear += expert.linear * moe.numExperts + sharedLinear;
        mlp += expert.params * moe.numExperts + router + shared;
        activeMlp += expert.params * moe.numExpertsPerTok + router + shared;
    }
    const encoders = arch.encoders ? (encoderParameters(arch.encoders, arch.modelType, h) ?? 0) : 0;
    const total = embedding + lmHead + attention + mlp + norms + encoders;
    const given = arch.numParametersGiven;
    return {
        total: given ?? total,
        embedding,
        lmHead,
        attention,
        mlp,
        routedExperts,
        linear: given === undefined ? linear : Math.max(0, given - embedding - lmHead),
        norms,
        encoders,
        active: given ?? total - mlp + activeMlp,
        basis: given === undefined ? 'architecture' : 'given',
    };
}

;// CONCATENATED MODULE: ./src/core/weights.ts
// Weight memory: unquantized tensors at the serving dtype, packed tensors at their format's size.


function weightBytes(params, dtype, format) {
    const dtypeBytes = DTYPE_BYTES[dtype];
    if (!format) {
        return {
            bytes: Math.round(params.total * dtypeBytes),
            formula: 'num_parameters × bytes_per_parameter',
            inputs: { num_parameters: params.total, dtype, bytes_per_parameter: dtypeBytes },
        };
    }
    const packed = format.scope === 'experts' ? params.routedExperts : params.linear;
    const perWeight = bytesPerQuantizedWeight(format);
    const rest = params.total - packed;
    return {
        bytes: Math.round(packed * perWeight + rest * dtypeBytes),
        formula: `quantized_parameters × bytes_per_quantized_weight + other_parameters × bytes_per_parameter`,
        inputs: {
            quantization: format.name,
            quantized_parameters: packed,
            bits: format.bits,
            group_size: format.groupSize ?? 'none',
            bytes_per_quantized_weight: Number(perWeight.toFixed(6)),
            other_parameters: rest,
            dtype,
            bytes_per_parameter: dtypeBytes,
        },
    };
}

;// CONCATENATED MODULE: ./src/core/engines/generic.ts
// The seed's quick calculator: weights P·D, KV cache B·S·L·2·H·D, and 20% on top of both for
// everything else (framework, CUDA context, fragmentation). It knows no engine, so it may use
// the whole GPU. Kept exact so its worked examples reproduce to the byte.








/** The seed's flat allowance for everything that is not weights or KV cache. */
const SEED_OVERHEAD_FACTOR = 1.2;
const RULE = 'generic: the seed calculator, (weights + KV cache) × 1.2';
function estimateGeneric({ model, serving, gpu }) {
    const arch = model.architecture;
    const tp = serving.tensorParallelSize;
    const params = countParameters(arch);
    const dtype = resolveWeightDtype(serving.dtype, arch.torchDtype, false);
    const ftype = serving.quantization ? normalizeFtype(serving.quantization) : undefined;
    const format = ftype ? null : resolveFormat(serving.quantization, model.quantizationConfig, serving.bits, serving.groupSize);
    const checkpoint = ftype ? undefined : servedCheckpoint(model, serving, DTYPE_BYTES[dtype], format);
    const w = checkpoint
        ? {
            bytes: checkpoint.bytes,
            formula: 'bytes of the checkpoint\'s tensors (safetensors headers; floating tensors at the dtype)',
            inputs: { dtype, tensors: checkpoint.tensors, checkpoint_source: checkpoint.source },
        }
        : ftype
            ? {
                bytes: ggufTensors(arch, ftype).reduce((a, t) => a + t.bytes, 0),
                formula: 'GGUF file tensors (llama-quantize type rules)',
                inputs: { gguf_type: ftype, num_parameters: params.total },
            }
            : weightBytes(params, dtype, format);
    const width = kvWidth(arch, 'expanded');
    const kvBytesPerValue = kvCacheDtypeBytes(serving.kvCacheDtype, DTYPE_BYTES[dtype]);
    const kvTotal = serving.concurrency * serving.maxModelLen * arch.numHiddenLayers * width.valuesPerTokenPerLayer * kvBytesPerValue;
    const weightsPerGpu = Math.round(w.bytes / tp);
    const kvPerGpu = Math.round(kvTotal / tp);
    const totalBytes = Math.round((weightsPerGpu + kvPerGpu) * SEED_OVERHEAD_FACTOR);
    const perGpu = tp > 1 ? { tensor_parallel_size: tp } : {};
    const weights = {
        bytes: weightsPerGpu,
        formula: tp > 1 ? `(${w.formula}) / tensor_parallel_size` : w.formula,
        inputs: { ...w.inputs, ...perGpu },
        rule: RULE,
    };
    const kvCache = {
        bytes: kvPerGpu,
        formula: `concurrency × max_model_len × num_hidden_layers × ${width.formula} × kv_bytes${tp > 1 ? ' / tensor_parallel_size' : ''}`,
        inputs: {
            concurrency: serving.concurrency,
            max_model_len: serving.maxModelLen,
            num_hidden_layers: arch.numHiddenLayers,
            ...width.inputs,
            kv_cache_dtype: serving.kvCacheDtype,
            kv_bytes: kvBytesPerValue,
            ...perGpu,
        },
        rule: RULE,
    };
    return {
        engine: 'generic',
        weights,
        kvCache,
        activations: { bytes: 0, formula: 'included in the overhead', inputs: {}, rule: RULE },
        overhead: {
            bytes: totalBytes - weightsPerGpu - kvPerGpu,
            formula: '(weights + kv_cache) × (1.2 − 1)',
            inputs: { factor: SEED_OVERHEAD_FACTOR },
            rule: RULE,
        },
        totalBytes,
        availableBytes: gpu.memoryBytes,
        gpuMemoryBytes: gpu.memoryBytes,
        parameters: params,
        notes: [],
    };
}

;// CONCATENATED MODULE: ./src/core/runtime-memory.ts
// Device memory that no engine log shows but every process pays: the CUDA context and library
// workspaces. Figures with their public sources.

/**
 * CUDA context of a PyTorch process with lazy module loading (CUDA ≥ 11.7): "around 400MB"
 * (PyTorch maintainer ptrblck, https://github.com/pytorch/pytorch/issues/109888); 287 MB measured
 * in https://github.com/pytorch/pytorch/issues/86509. Engines that budget from the CUDA total pay it
 * outside their budget except where a rule below says otherwise.
 */
const CUDA_CONTEXT_BYTES = 400 * MiB;
/**
 * Ollama reserves this much per CUDA GPU for "context structures independent of model allocations"
 * (CUDA context, cuBLAS, the ggml pool): ollama ml/device.go MinimumMemory (457 MiB since v0.1.32).
 */
const LLAMA_RUNTIME_BYTES = 457 * MiB;
/** The device total engines budget from: what CUDA reports where known, else the memory given. */
function deviceTotalBytes(gpu) {
    return gpu.cudaTotalBytes ?? gpu.memoryBytes;
}

;// CONCATENATED MODULE: ./src/core/sharding.ts
// Weights per GPU under tensor and pipeline parallelism, the way vLLM's parallel layers shard
// them (vllm/model_executor/layers/linear.py, vocab_parallel_embedding.py, fused_moe/layer.py):
// q/o and MLP split across ranks, K/V heads split but replicated when fewer than ranks, the
// vocabulary padded then split, norms and routers replicated; pipeline stages own whole layers.



/** vllm/distributed/utils.py get_pp_indices: remainder layers go to the stages before the last. */
function pipelineStages(layers, pp) {
    const sizes = Array.from({ length: pp }, () => Math.floor(layers / pp));
    for (let i = 2; i < (layers % pp) + 2; i += 1)
        sizes[pp - i] += 1;
    const stages = [];
    let start = 0;
    for (const size of sizes) {
        stages.push([start, start + size - 1]);
        start += size;
    }
    return stages;
}
/** Whether a layer's K/V heads fall to this rank whole or are replicated (num_kv_head_replicas). */
function kvHeadsPerRank(arch, tp) {
    if (arch.mla)
        return 1;
    const kv = arch.numKeyValueHeads ?? arch.numAttentionHeads ?? 1;
    return Math.max(1, Math.floor(kv / tp));
}
function roundUp(value, multiple) {
    return Math.ceil(value / multiple) * multiple;
}
function layerSplit(arch, i, opts) {
    const tp = opts.tensorParallelSize;
    const h = arch.hiddenSize;
    const t = arch.traits;
    const heads = arch.numAttentionHeads ?? 1;
    const headsRank = heads / tp;
    const split = { packed: [], plain: 0, bytes: 0 };
    const attnPath = `model.layers.${i}.self_attn`;
    const mlpPath = `model.layers.${i}.mlp`;
    const attnBias = t.qkvBias === 'yes' || (t.qkvBias === 'config' && arch.attentionBias);
    const oBias = t.oBias === 'yes' || (t.oBias === 'config' && arch.attentionBias);
    if (arch.mla) {
        const m = arch.mla;
        const qHead = m.qkNopeHeadDim + m.qkRopeHeadDim;
        // q_a_proj and kv_a_proj_with_mqa are ReplicatedLinear; q_b, kv_b column-parallel, o row-parallel.
        const q = m.qLoraRank ? h * m.qLoraRank + m.qLoraRank * headsRank * qHead : h * headsRank * qHead;
        const matrices = q + h * (m.kvLoraRank + m.qkRopeHeadDim) + m.kvLoraRank * headsRank * (m.qkNopeHeadDim + m.vHeadDim) + headsRank * m.vHeadDim * h;
        split.packed.push({ module: attnPath, params: matrices, inFeatures: h });
        split.plain += (m.qLoraRank ?? 0) + m.kvLoraRank;
    }
    else {
        const hd = arch.headDim ?? h / heads;
        const q = headsRank * hd;
        const kv = kvHeadsPerRank(arch, tp) * hd;
        split.packed.push({ module: attnPath, params: h * q + 2 * h * kv + q * h, inFeatures: h });
        if (attnBias)
            split.plain += q + 2 * kv;
        if (oBias)
            split.plain += h; // row-parallel bias: whole on every rank
        const qkNorm = t.qkNorm === 'config' ? (arch.useQkNorm ? 'per-head' : 'none') : t.qkNorm;
        if (qkNorm === 'head')
            split.plain += 2 * hd;
        if (qkNorm === 'per-head')
            split.plain += q + kv;
        if (t.attentionSinks)
            split.plain += headsRank;
    }
    if (arch.crossAttentionLayers?.includes(i))
        split.plain += 2 * (arch.headDim ?? h / heads) + 2;
    const mlpBias = t.mlpBias === 'yes' || (t.mlpBias === 'config' && arch.mlpBias);
    const moe = arch.moe;
    if (moe && moe.sparseLayers[i]) {
        const w = moe.moeIntermediateSize / tp;
        const experts = moe.numExperts;
        if (opts.format?.name === 'mxfp4' && isConverted(opts.format, `${mlpPath}.experts`)) {
            // vllm/model_executor/layers/quantization/mxfp4.py Mxfp4MoEMethod.create_weights:
            // uint8 weights (2 values a byte) and uint8 E8M0 scales per 32, bf16 biases, padded dims.
            const pad = opts.mxfp4Padding ?? { intermediate: 1, hidden: 1 };
            const wp = roundUp(w, pad.intermediate);
            const hp = roundUp(h, pad.hidden);
            const perExpert = (2 * wp * hp) / 2 + (2 * wp * hp) / 32 + (hp * wp) / 2 + (hp * wp) / 32;
            split.bytes += experts * perExpert + (t.moeBiases ? experts * (2 * wp + hp) * opts.dtypeBytes : 0);
        }
        else {
            split.packed.push({ module: `${mlpPath}.experts`, params: experts * 3 * h * w, inFeatures: h });
            if (t.moeBiases)
                split.plain += experts * (2 * w + h);
        }
        split.plain += h * experts + (t.moeBiases ? experts : 0) + (t.routerCorrectionBias ? experts : 0);
        const shared = (moe.numSharedExperts * moe.moeIntermediateSize + moe.sharedExpertIntermediateSize) / tp;
        if (shared > 0)
            split.packed.push({ module: `${mlpPath}.shared_expert`, params: 3 * h * shared, inFeatures: h });
        if (t.sharedExpertGate && moe.sharedExpertIntermediateSize)
            split.plain += h;
    }
    else {
        const w = (arch.intermediateSize ?? 4 * h) / tp;
        const matrices = t.mlp === 'plain' ? 2 * h * w : 3 * h * w;
        split.packed.push({ module: mlpPath, params: matrices, inFeatures: h });
        if (mlpBias)
            split.plain += (t.mlp === 'plain' ? w : 2 * w) + h;
    }
    split.plain += t.normsPerLayer * normWidth(arch, h);
    return split;
}
function splitBytes(split, opts) {
    let bytes = split.bytes + split.plain * opts.dtypeBytes;
    for (const part of split.packed) {
        const format = opts.format;
        const packed = format && format.scope === 'linear' && isConverted(format, part.module);
        bytes += part.params * (packed ? bytesPerQuantizedWeight(format, part.inFeatures) : opts.dtypeBytes);
    }
    return bytes;
}
const STAGES = new WeakMap();
/** Weights of each pipeline stage on one tensor-parallel rank; the busiest stage decides (cached). */
function stageWeights(arch, opts) {
    let byOptions = STAGES.get(arch);
    if (!byOptions) {
        byOptions = new Map();
        STAGES.set(arch, byOptions);
    }
    const key = JSON.stringify(opts);
    let stages = byOptions.get(key);
    if (!stages) {
        stages = opts.checkpointBytes === undefined ? computeStages(arch, opts) : anchoredStages(arch, opts, opts.checkpointBytes);
        byOptions.set(key, stages);
    }
    return stages;
}
/** The modelled stages scaled so that the whole model, unsharded and unpadded, is the checkpoint's bytes. */
function anchoredStages(arch, opts, checkpointBytes) {
    const [whole] = computeStages(arch, { ...opts, tensorParallelSize: 1, pipelineParallelSize: 1, vocabPadding: 1, mxfp4Padding: undefined, checkpointBytes: undefined });
    if (whole.bytes <= 0)
        return computeStages(arch, opts);
    const scale = checkpointBytes / whole.bytes;
    return computeStages(arch, { ...opts, checkpointBytes: undefined }).map((s) => ({
        ...s,
        bytes: Math.round(s.bytes * scale),
        embeddingBytes: Math.round(s.embeddingBytes * scale),
        lmHeadBytes: Math.round(s.lmHeadBytes * scale),
        layerBytes: Math.round(s.layerBytes * scale),
        encoderBytes: Math.round(s.encoderBytes * scale),
        checkpointScale: scale,
    }));
}
function computeStages(arch, opts) {
    const tp = opts.tensorParallelSize;
    const h = arch.hiddenSize;
    const vocab = (arch.vocabSize ?? 0) + arch.extraEmbeddingRows;
    const paddedRows = roundUp(vocab, opts.vocabPadding) / tp;
    const embeddingBytes = paddedRows * h * opts.dtypeBytes;
    // ParallelLMHead stays at the serving dtype under the weight-quantization methods modelled here.
    const headRows = roundUp(arch.vocabSize ?? 0, opts.vocabPadding) / tp;
    const lmHeadBytes = headRows * h * opts.dtypeBytes + (arch.traits.lmHeadBias ? headRows * opts.dtypeBytes : 0);
    const encoders = arch.encoders ? ((encoderParameters(arch.encoders, arch.modelType, h) ?? 0) / tp) * opts.dtypeBytes : 0;
    const finalNorm = normWidth(arch, h) * opts.dtypeBytes;
    const stages = pipelineStages(arch.numHiddenLayers, opts.pipelineParallelSize);
    return stages.map(([first, last], stage) => {
        let layerBytes = 0;
        for (let i = first; i <= last; i += 1)
            layerBytes += splitBytes(layerSplit(arch, i, opts), opts);
        const isFirst = stage === 0;
        const isLast = stage === stages.length - 1;
        // A tied output head is the embedding itself on a single stage; the last stage holds its own copy otherwise.
        const head = isLast ? (arch.tieWordEmbeddings ? (isFirst ? 0 : embeddingBytes) : lmHeadBytes) + finalNorm : 0;
        const embedding = isFirst ? embeddingBytes : 0;
        const enc = isFirst ? encoders : 0;
        return {
            stage,
            firstLayer: first,
            lastLayer: last,
            bytes: Math.round(embedding + head + layerBytes + enc),
            embeddingBytes: Math.round(embedding),
            lmHeadBytes: Math.round(head),
            layerBytes: Math.round(layerBytes),
            encoderBytes: Math.round(enc),
        };
    });
}
function busiestStage(stages) {
    return stages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
}

;// CONCATENATED MODULE: ./src/core/engines/llamacpp.ts
// llama.cpp (llama-server) and Ollama: GGUF weights per tensor type, the last n_gpu_layers layers
// (and the output layer) on the GPUs, a KV buffer sized for n_ctx = context × parallel slots,
// a compute buffer for one ubatch, and the CUDA runtime beside them. Nothing is preallocated
// beyond that, so "available" is the whole device.
// Rules follow llama.cpp ~Dec 2025 / Jan 2026 (src/llama-model.cpp load_tensors,
// src/llama-context.cpp, src/llama-kv-cache.cpp, src/llama-kv-cache-iswa.cpp) and Ollama ≥ 0.11.





/** llama.cpp pads the context to 256 cells (src/llama-context.cpp, GGML_PAD(n_ctx, 256), PR #17046). */
const CTX_PAD = 256;
/** Default physical batch (n_ubatch) that sizes the compute buffer (common/common.h). */
const N_UBATCH = 512;
/** ggml-cuda pads each buffer to 128 bytes and quantized rows to 512 elements (ggml-cuda.cu get_alloc_size). */
const CUDA_ALIGNMENT = 128;
const MATRIX_ROW_PADDING = 512;
/** Architectures Ollama turns flash attention on for by default (fs/ggml/ggml.go FlashAttention(), v0.11.8+). */
const OLLAMA_FLASH_ATTENTION = new Set(['gemma3', 'gemma3_text', 'gpt_oss', 'qwen3', 'qwen3_moe', 'qwen2_5_vl', 'mistral3', 'qwen3_next']);
function pad(value, multiple) {
    return Math.ceil(value / multiple) * multiple;
}
function cudaBytes(t) {
    let bytes = t.bytes;
    const quantized = !['F32', 'F16', 'BF16'].includes(t.type);
    if (quantized && t.ne0 % MATRIX_ROW_PADDING !== 0)
        bytes += rowBytes(t.type, MATRIX_ROW_PADDING - (t.ne0 % MATRIX_ROW_PADDING));
    return pad(bytes, CUDA_ALIGNMENT);
}
const LAYER_BYTES = new WeakMap();
/** Tensor bytes summed per layer, once per GGUF. */
function layerBytes(tensors, layers) {
    let sums = LAYER_BYTES.get(tensors);
    if (sums)
        return sums;
    sums = { gpu: Array(layers).fill(0), cpu: Array(layers).fill(0), outputGpu: 0, outputCpu: 0, embeddingCpu: 0, embeddingGpu: 0, file: 0 };
    for (const t of tensors) {
        sums.file += t.bytes;
        if (t.layer === -1) {
            sums.embeddingCpu += t.bytes;
            sums.embeddingGpu += cudaBytes(t);
        }
        else if (t.layer === layers) {
            sums.outputCpu += t.bytes;
            sums.outputGpu += cudaBytes(t);
        }
        else {
            sums.gpu[t.layer] += cudaBytes(t);
            sums.cpu[t.layer] += t.bytes;
        }
    }
    LAYER_BYTES.set(tensors, sums);
    return sums;
}
function estimateLlamaCpp(input, options) {
    const { model, serving, gpu } = input;
    const arch = model.architecture;
    const engine = options.ollama ? 'ollama' : 'llama.cpp';
    const notes = [];
    const layers = arch.numHiddenLayers;
    const devices = Math.max(1, serving.tensorParallelSize * serving.pipelineParallelSize);
    // Weights: the GGUF's tensors, typed by llama-quantize's rules.
    const dtypeDefault = serving.dtype === 'bfloat16' ? 'BF16' : serving.dtype === 'float32' ? 'F32' : 'F16';
    const ftype = (serving.quantization && normalizeFtype(serving.quantization)) ?? dtypeDefault;
    if (serving.quantization && !normalizeFtype(serving.quantization)) {
        notes.push(`${engine} runs GGUF files: quantization "${serving.quantization}" is not a GGUF type, so ${dtypeDefault} weights are assumed.`);
    }
    const tensors = ggufTensors(arch, ftype);
    const sums = layerBytes(tensors, layers);
    const fileBytes = sums.file;
    // Placement: the last n_gpu_layers layers, the output layer when n_gpu_layers > n_layer.
    const ngl = Math.min(serving.nGpuLayers ?? layers + 1, layers + 1);
    const firstGpuLayer = Math.max(layers - ngl, 0);
    const gpuLayers = Math.min(ngl, layers);
    const outputOnGpu = ngl >= layers + 1;
    const deviceOf = (layer) => Math.min(devices - 1, Math.floor(((layer - firstGpuLayer) * devices) / Math.max(1, gpuLayers + (outputOnGpu ? 1 : 0))));
    const deviceWeights = Array.from({ length: devices }, () => 0);
    let cpuWeights = sums.embeddingCpu;
    for (let layer = 0; layer < layers; layer += 1) {
        if (layer >= firstGpuLayer)
            deviceWeights[deviceOf(layer)] += sums.gpu[layer];
        else
            cpuWeights += sums.cpu[layer];
    }
    if (outputOnGpu) {
        deviceWeights[devices - 1] += sums.outputGpu;
        // Tied embeddings: the output layer on a GPU gets its own copy of token_embd (TENSOR_DUPLICATED).
        if (arch.tieWordEmbeddings)
            deviceWeights[devices - 1] += sums.embeddingGpu;
    }
    else
        cpuWeights += sums.outputCpu;
    // KV cache: n_ctx = context × slots, padded; sliding-window layers keep window + ubatch cells.
    const slots = serving.concurrency;
    const ctxPerSlot = pad(serving.maxModelLen, CTX_PAD);
    const nCtx = ctxPerSlot * slots;
    const kvName = serving.kvCacheDtype === 'auto' ? 'f16' : serving.kvCacheDtype.toLowerCase();
    let kvType = LLAMA_KV_TYPES[kvName] ?? (kvName.startsWith('fp8') ? 'Q8_0' : 'F16');
    const flash = serving.flashAttention ?? (options.ollama ? OLLAMA_FLASH_ATTENTION.has(arch.modelType) : true);
    if (kvType !== 'F16' && kvType !== 'F32' && kvType !== 'BF16' && !flash) {
        notes.push(`A quantized KV cache (${kvName}) needs flash attention, which is off: ${engine} ${options.ollama ? 'keeps f16' : 'refuses to start'}.`);
        kvType = 'F16';
    }
    const heads = arch.numAttentionHeads ?? 1;
    const hd = arch.headDim ?? arch.hiddenSize / heads;
    const kvHeads = kvHeadsPerRank(arch, 1);
    // MLA models cache the latent (kv_lora_rank + rope) as K only since PR #19067 (Jan 2026).
    const kWidth = arch.mla ? arch.mla.kvLoraRank + arch.mla.qkRopeHeadDim : kvHeads * hd;
    const vWidth = arch.mla ? 0 : kvHeads * hd;
    const deviceKv = Array.from({ length: devices }, () => 0);
    let cpuKv = 0;
    let kvTotal = 0;
    const swaCells = arch.slidingWindow ? Math.min(ctxPerSlot, pad(arch.slidingWindow.size + N_UBATCH, CTX_PAD)) * slots : nCtx;
    for (let layer = 0; layer < layers; layer += 1) {
        if (arch.crossAttentionLayers?.includes(layer))
            continue;
        const cells = arch.slidingWindow?.layers[layer] ? swaCells : nCtx;
        const bytes = (rowBytes(kvType, kWidth) + (vWidth ? rowBytes(kvType, vWidth) : 0)) * cells;
        kvTotal += bytes;
        if (layer >= firstGpuLayer)
            deviceKv[deviceOf(layer)] += bytes;
        else
            cpuKv += bytes;
    }
    // Compute buffer of one ubatch over the whole cache (llama_context graph_reserve).
    const nUb = Math.min(N_UBATCH, nCtx);
    const vocab = arch.vocabSize ?? 0;
    const logits = 4 * nUb * (vocab + arch.hiddenSize);
    const kq = 4 * nUb * (ctxPerSlot * (heads + 1) + 4 * arch.hiddenSize);
    const mask = 2 * nUb * ctxPerSlot;
    let compute = flash ? logits + mask : Math.max(kq, logits);
    if (!outputOnGpu) {
        // Logits run on the host; the GPU buffer holds a copy of the output weight for op offload.
        const output = tensors.find((t) => t.name === 'output') ?? tensors.find((t) => t.name === 'token_embd');
        compute = (flash ? mask : kq) + (output?.bytes ?? 0);
    }
    if (gpuLayers === 0 && !outputOnGpu)
        compute = 0;
    // The busiest device decides.
    const perDevice = deviceWeights.map((w, i) => w + deviceKv[i] + (w > 0 ? compute + LLAMA_RUNTIME_BYTES : 0));
    const busiest = perDevice.indexOf(Math.max(...perDevice));
    const weightsBytes = deviceWeights[busiest];
    const kvBytes = deviceKv[busiest];
    const runtime = weightsBytes > 0 ? LLAMA_RUNTIME_BYTES : 0;
    const computeBytes = weightsBytes > 0 ? compute : 0;
    const rule = `${engine}: GGUF ${ftype}, ${gpuLayers}/${layers} layers${outputOnGpu ? ' + output' : ''} on ${devices} GPU(s) (llama.cpp load_tensors, llama_kv_cache, graph_reserve)`;
    if (cpuWeights > 0)
        notes.push(`${(cpuWeights / MiB).toFixed(0)} MiB of weights stay in system RAM (token_embd${firstGpuLayer > 0 ? ` and ${firstGpuLayer} layers not offloaded` : ''}).`);
    if (cpuKv > 0)
        notes.push(`${(cpuKv / MiB).toFixed(0)} MiB of KV cache stay in system RAM with the CPU layers.`);
    const weights = {
        bytes: weightsBytes,
        formula: 'Σ GPU tensors: rows × ceil(ne0 / block) × bytes per block (llama-quantize type rules)',
        inputs: { gguf_type: ftype, file_bytes: fileBytes, n_gpu_layers: ngl, gpus: devices },
        rule,
    };
    const kvCache = {
        bytes: kvBytes,
        formula: arch.mla
            ? 'n_ctx × layers × (kv_lora_rank + qk_rope_head_dim) × bytes of the K type (MLA: V is a view of K)'
            : 'n_ctx × layers × 2 × num_key_value_heads × head_dim × bytes of the cache type (sliding layers: window + n_ubatch cells)',
        inputs: {
            n_ctx: nCtx,
            max_model_len: serving.maxModelLen,
            parallel_slots: slots,
            num_hidden_layers: layers,
            num_key_value_heads: kvHeads,
            head_dim: hd,
            cache_type: kvType.toLowerCase(),
            ...(arch.slidingWindow ? { sliding_window: arch.slidingWindow.size, sliding_cells: swaCells } : {}),
        },
        rule: `${engine}: llama_kv_cache (K/V per layer on the layer's device)`,
    };
    const activations = {
        bytes: computeBytes,
        formula: flash
            ? '4 × n_ubatch × (vocab_size + hidden_size) + 2 × n_ubatch × n_ctx (flash attention)'
            : 'max(4 × n_ubatch × (n_ctx × (heads + 1) + 4 × hidden_size), 4 × n_ubatch × (vocab_size + hidden_size))',
        inputs: { n_ubatch: nUb, vocab_size: vocab, hidden_size: arch.hiddenSize, flash_attention: flash ? 'on' : 'off' },
        rule: `${engine}: compute buffer of graph_reserve`,
    };
    const overhead = {
        bytes: runtime,
        formula: 'CUDA context, cuBLAS and the ggml pool per GPU',
        inputs: { per_gpu_mib: LLAMA_RUNTIME_BYTES / MiB },
        rule: 'ollama ml/device.go MinimumMemory (457 MiB per CUDA GPU)',
    };
    return {
        engine,
        weights,
        kvCache,
        activations,
        overhead,
        totalBytes: weightsBytes + kvBytes + computeBytes + runtime,
        availableBytes: deviceTotalBytes(gpu),
        gpuMemoryBytes: gpu.memoryBytes,
        parameters: countParameters(arch),
        kvCacheCapacityTokens: nCtx,
        kvCachePoolBytes: kvTotal,
        maxConcurrency: slots,
        notes,
    };
}

;// CONCATENATED MODULE: ./src/core/engine-version.ts
// Engine versions as "0.6.4", "v0.10.1.1", "b4500": compared numerically, part by part.
function parseVersion(text) {
    if (!text)
        return undefined;
    const match = /^\s*v?(\d+(?:\.\d+)*)/i.exec(text);
    return match ? match[1].split('.').map(Number) : undefined;
}
/** a < b → negative, a = b → 0, a > b → positive; missing parts count as 0. */
function compareVersions(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
        const diff = (a[i] ?? 0) - (b[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
function atLeast(version, min) {
    if (!version)
        return true; // no version: the newest rules
    return compareVersions(version, parseVersion(min)) >= 0;
}

;// CONCATENATED MODULE: ./src/core/engines/sglang.ts
// SGLang: a static pool of mem_fraction_static × (free memory before the weights) holds the
// weights and the KV cache; the rest is kept for activations and CUDA graphs. Source:
// python/sglang/srt/model_executor/model_runner.py profile_max_num_token and
// python/sglang/srt/server_args.py (default mem_fraction_static), sgl-project/sglang.









/** "Init torch distributed ends. mem usage=0.09 GB" on one H100 (SGLang docs run, 2026). */
const DISTRIBUTED_INIT_BYTES = Math.round(0.09 * GiB);
/** server_args.py defaults by GPU memory (nvidia-smi MiB), tensor × pipeline parallel size and version. */
function sglangDefaults(gpuMiB, tp, pp, version, vlmFactor = 1) {
    const size = tp * pp;
    if (!atLeast(version, '0.4.6')) {
        const mfs = size >= 16 ? 0.79 : size >= 8 ? 0.81 : size >= 4 ? 0.85 : size >= 2 ? 0.87 : 0.88;
        return { memFractionStatic: mfs, chunkedPrefillSize: gpuMiB < 25_000 ? 2048 : 8192, cudaGraphMaxBs: gpuMiB < 25_000 ? 8 : 160, source: 'server_args.py __post_init__ TP table (≤ v0.4.5)' };
    }
    const chunked = gpuMiB < 20 * 1024 ? 2048 : gpuMiB < 35 * 1024 ? 2048 : gpuMiB < 60 * 1024 ? 4096 : gpuMiB < 160 * 1024 ? 8192 : 16384;
    if (!atLeast(version, '0.5.3')) {
        const reserved = gpuMiB < 35 * 1024 ? (2.8 + size / 10) * 1024 : gpuMiB < 90 * 1024 ? (9.5 + size / 2) * 1024 : gpuMiB < 160 * 1024 ? (12 + size / 2) * 1024 : 32 * 1024;
        return {
            memFractionStatic: Math.round(((gpuMiB - reserved) / gpuMiB) * 1000) / 1000 * vlmFactor,
            chunkedPrefillSize: gpuMiB < 35 * 1024 ? 2048 : gpuMiB < 160 * 1024 ? 8192 : 16384,
            cudaGraphMaxBs: gpuMiB < 35 * 1024 ? (tp < 4 ? 8 : 80) : 160,
            source: 'server_args.py __post_init__ reserved-memory tiers (v0.4.8 – v0.5.2)',
        };
    }
    const maxBs = gpuMiB < 20 * 1024 ? 8 : gpuMiB < 35 * 1024 ? (tp < 4 ? 24 : 80) : gpuMiB < 60 * 1024 ? (tp < 4 ? 32 : 160) : gpuMiB < 160 * 1024 ? (tp < 4 ? 256 : 512) : 512;
    let reserved = 512 + Math.max(chunked, 2048) * 1.5 + maxBs * 2 + (size / 8) * 1024;
    // Piecewise CUDA graphs for prefill, on by default in 2026 builds: 8 MiB per captured size.
    if (atLeast(version, '0.5.9'))
        reserved += prefillGraphSizes(chunked) * 8;
    if (gpuMiB > 60 * 1024)
        reserved = Math.max(reserved, 10 * 1024);
    return {
        memFractionStatic: (Math.round(((gpuMiB - reserved) / gpuMiB) * 1000) / 1000) * vlmFactor,
        chunkedPrefillSize: chunked,
        cudaGraphMaxBs: maxBs,
        source: 'server_args.py _handle_gpu_memory_settings (v0.5.3+)',
    };
}
/** Prefill CUDA graph sizes captured up to max_bs (cuda_graph_runner, 2026). */
function prefillGraphSizes(maxBs) {
    const sizes = [];
    const range = (start, stop, step) => {
        for (let v = start; v < stop; v += step)
            sizes.push(v);
    };
    range(4, 33, 4);
    range(48, 257, 16);
    range(288, 513, 32);
    range(576, 1025, 64);
    range(1280, 4097, 256);
    range(4608, maxBs + 1, 512);
    return sizes.filter((s) => s <= maxBs).length;
}
function estimateSglang({ model, serving, gpu }) {
    const arch = model.architecture;
    const version = parseVersion(serving.engineVersion);
    const tp = serving.tensorParallelSize;
    const pp = serving.pipelineParallelSize;
    const notes = [];
    const dtype = resolveWeightDtype(serving.dtype, arch.torchDtype, true);
    const dtypeBytes = DTYPE_BYTES[dtype];
    const format = resolveFormat(serving.quantization, model.quantizationConfig, serving.bits, serving.groupSize);
    const checkpoint = servedCheckpoint(model, serving, dtypeBytes, format);
    const stages = stageWeights(arch, { tensorParallelSize: tp, pipelineParallelSize: pp, vocabPadding: 64, dtypeBytes, format, checkpointBytes: checkpoint?.bytes });
    const stage = busiestStage(stages);
    const weightsBytes = stage.bytes;
    const total = deviceTotalBytes(gpu);
    const gpuMiB = gpu.memoryBytes / MiB;
    // Vision-language models: mem_fraction_static × 0.95 × a factor of the vision tower's size.
    let vlmFactor = 1;
    const vision = arch.encoders?.vision_config;
    if (vision) {
        const complexity = ((vision.num_hidden_layers ?? vision.depth ?? 24) * (vision.hidden_size ?? vision.embed_dim ?? 1024) ** 2) / (24 * 1024 ** 2);
        vlmFactor = 0.95 * Math.max(0.8, Math.min(1.05, 1 - 0.1 * (complexity - 1)));
    }
    const defaults = sglangDefaults(gpuMiB, tp, pp, version, vlmFactor);
    const mfs = serving.gpuMemoryUtilization ?? defaults.memFractionStatic;
    // Free memory after the CUDA context and torch.distributed start, before weights (M_before).
    const before = Math.max(0, total - CUDA_CONTEXT_BYTES - DISTRIBUTED_INIT_BYTES);
    const after = before - weightsBytes;
    const reserve = before * (1 - mfs);
    const layers = stage.lastLayer - stage.firstLayer + 1;
    const kvBytes = serving.kvCacheDtype === 'auto' && format?.name === 'fp8' && model.quantizationConfig?.kv_cache_quant_algo === 'FP8'
        ? 1
        : kvCacheDtypeBytes(serving.kvCacheDtype, dtypeBytes);
    const heads = arch.numAttentionHeads ?? 1;
    const hd = arch.headDim ?? arch.hiddenSize / heads;
    const cell = arch.mla
        ? (arch.mla.kvLoraRank + arch.mla.qkRopeHeadDim) * layers * kvBytes
        : kvHeadsPerRank(arch, tp) * hd * layers * 2 * kvBytes;
    const pageSize = arch.mla ? 64 : 1;
    const rest = after - reserve;
    let tokens = Math.max(0, Math.floor(rest / cell));
    tokens -= tokens % pageSize;
    const kvNeeded = serving.concurrency * serving.maxModelLen * cell;
    let startupError;
    if (tokens <= 0) {
        startupError = atLeast(version, '0.5.7')
            ? `Loaded weights leave no GPU memory for the KV cache under --mem-fraction-static=${mfs}. Raise --mem-fraction-static above ${(Math.ceil(1000 * (1 - after / before)) / 1000).toFixed(3)}.`
            : `Not enough memory. Please try to increase --mem-fraction-static. Current value: self.server_args.mem_fraction_static=${mfs}`;
    }
    else if (tokens < serving.maxModelLen) {
        notes.push(`SGLang caps requests at ${tokens} tokens (max_total_num_tokens), below max_model_len ${serving.maxModelLen}.`);
    }
    const rule = `sglang: mem_fraction_static ${mfs} of free memory (${defaults.source}; model_runner.py profile_max_num_token)`;
    const pipeline = pp > 1 ? `, stage ${stage.stage + 1} of ${pp}` : '';
    const weights = withCheckpoint({
        bytes: weightsBytes,
        formula: `parameters on this GPU × bytes (vocabulary padded to 64, split over tensor_parallel_size${pipeline})`,
        inputs: { tensor_parallel_size: tp, pipeline_parallel_size: pp, dtype, quantization: format?.name ?? 'none' },
        rule,
    }, checkpoint);
    const kvCache = {
        bytes: kvNeeded,
        formula: arch.mla
            ? 'concurrency × max_model_len × (kv_lora_rank + qk_rope_head_dim) × layers × kv_bytes'
            : 'concurrency × max_model_len × num_key_value_heads_per_gpu × head_dim × layers × 2 × kv_bytes',
        inputs: { concurrency: serving.concurrency, max_model_len: serving.maxModelLen, cell_bytes: cell, layers, kv_bytes: kvBytes, pool_tokens: tokens },
        rule: 'sglang: KV pool of max_total_num_tokens = floor((free after weights − free before × (1 − mem_fraction_static)) / cell)',
    };
    return {
        engine: 'sglang',
        weights,
        kvCache,
        activations: {
            bytes: 0,
            formula: 'inside the reserve: activations, CUDA graphs and the request table use the (1 − mem_fraction_static) share',
            inputs: { chunked_prefill_size: defaults.chunkedPrefillSize, cuda_graph_max_bs: defaults.cudaGraphMaxBs },
            rule,
        },
        overhead: {
            bytes: Math.round(CUDA_CONTEXT_BYTES + DISTRIBUTED_INIT_BYTES + reserve),
            formula: 'CUDA context + torch.distributed init + (1 − mem_fraction_static) × free memory before weights',
            inputs: { cuda_context_mib: CUDA_CONTEXT_BYTES / MiB, distributed_init_mib: Math.round(DISTRIBUTED_INIT_BYTES / MiB), mem_fraction_static: mfs },
            rule,
        },
        totalBytes: Math.round(weightsBytes + kvNeeded + CUDA_CONTEXT_BYTES + DISTRIBUTED_INIT_BYTES + reserve),
        availableBytes: total,
        gpuMemoryBytes: gpu.memoryBytes,
        parameters: countParameters(arch),
        kvCacheCapacityTokens: tokens,
        kvCachePoolBytes: tokens * cell,
        maxConcurrency: tokens / serving.maxModelLen,
        startupError,
        startupErrorField: startupError ? 'gpu' : undefined,
        notes: [...notes, ...(pipelineStages(arch.numHiddenLayers, pp).length > 1 ? [`Pipeline stage ${stage.stage + 1} holds layers ${stage.firstLayer}–${stage.lastLayer}.`] : [])],
    };
}

;// CONCATENATED MODULE: ./src/core/activation.ts
// Peak PyTorch memory of one forward pass over T tokens and of the sampler over R sequences:
// what vLLM's profiling run measures as "PyTorch activation peak memory". The tensors alive at
// the peak follow vLLM's layers (model_executor/layers: QKVParallelLinear, MergedColumnParallelLinear
// + SiluAndMul, FusedMoE intermediate caches) and its sampler (v1/sample/sampler.py).

/**
 * Tensors alive at once in a decoder layer over T tokens on one rank: the residual stream and
 * the normalised input (2 × hidden), then either the MLP (gate_up [T, 2I/tp] and its activation
 * [T, I/tp]), the attention (qkv [T, (q + 2kv)/tp·d] and its output), or the fused-MoE caches
 * (per routed token: gate_up [2I/tp], activation [I/tp], down output [hidden]).
 */
function forwardPeak(arch, tokens, tp, dtypeBytes) {
    const h = arch.hiddenSize;
    const heads = arch.numAttentionHeads ?? 1;
    const hd = arch.headDim ?? h / heads;
    const qkv = (heads / tp + 2 * kvHeadsPerRank(arch, tp)) * hd + (heads / tp) * hd;
    const attention = 2 * h + qkv;
    const dense = 2 * h + (3 * (arch.intermediateSize ?? 4 * h)) / tp;
    let moe = 0;
    if (arch.moe) {
        const w = arch.moe.moeIntermediateSize / tp;
        const shared = (arch.moe.numSharedExperts * arch.moe.moeIntermediateSize + arch.moe.sharedExpertIntermediateSize) / tp;
        moe = 2 * h + arch.moe.numExpertsPerTok * (3 * w + h) + 3 * shared;
    }
    const perToken = Math.max(attention, arch.moe ? moe : dense, arch.moe && arch.moe.sparseLayers.some((s) => !s) ? dense : 0);
    const part = perToken === attention ? 'attention' : arch.moe && perToken === moe ? 'moe' : 'mlp';
    return { bytes: Math.round(tokens * perToken * dtypeBytes), perToken: perToken * dtypeBytes, part };
}

;// CONCATENATED MODULE: ./src/core/layers.ts
// What each decoder layer keeps in the KV cache: full-length, a sliding window, or nothing
// (cross-attention layers that attend to image features), and how many values per token.

const LAYERS = new WeakMap();
/** Per-layer KV geometry on one rank (cached per architecture, ranks and MLA layout). */
function kvLayers(arch, tp, mlaLayout) {
    let byKey = LAYERS.get(arch);
    if (!byKey) {
        byKey = new Map();
        LAYERS.set(arch, byKey);
    }
    const key = `${tp}/${mlaLayout}`;
    let layers = byKey.get(key);
    if (!layers) {
        layers = computeLayers(arch, tp, mlaLayout);
        byKey.set(key, layers);
    }
    return layers;
}
function computeLayers(arch, tp, mlaLayout) {
    const heads = arch.numAttentionHeads ?? 1;
    const hd = arch.headDim ?? arch.hiddenSize / heads;
    return Array.from({ length: arch.numHiddenLayers }, (_, layer) => {
        if (arch.crossAttentionLayers?.includes(layer))
            return { layer, kind: 'none', valuesPerToken: 0, latent: false };
        let valuesPerToken;
        let latent = false;
        if (arch.mla && mlaLayout === 'latent') {
            valuesPerToken = arch.mla.kvLoraRank + arch.mla.qkRopeHeadDim;
            latent = true;
        }
        else if (arch.mla) {
            const m = arch.mla;
            valuesPerToken = (heads / tp) * (m.qkNopeHeadDim + m.qkRopeHeadDim + m.vHeadDim);
        }
        else if (arch.numAttentionHeads === undefined && arch.numKeyValueHeads === undefined) {
            valuesPerToken = (2 * arch.hiddenSize) / tp; // the seed's inputs: multi-head attention
        }
        else {
            valuesPerToken = 2 * kvHeadsPerRank(arch, tp) * hd;
        }
        const sliding = arch.slidingWindow?.layers[layer];
        return sliding
            ? { layer, kind: 'sliding', window: arch.slidingWindow.size, valuesPerToken, latent }
            : { layer, kind: 'full', valuesPerToken, latent };
    });
}

;// CONCATENATED MODULE: ./src/core/engines/tgi.ts
// Hugging Face Text Generation Inference: after loading the shard and running a warm-up prefill
// of max_batch_prefill_tokens, it turns the free memory, less (1 − cuda_memory_fraction × W) of
// the total, into KV blocks. Source: server/text_generation_server/models/flash_causal_lm.py
// FlashCausalLM.warmup and utils/import_utils.py get_cuda_free_memory (TGI v3.3: W = 0.90).











/** TGI_WIGGLE_ROOM by release (models/globals.py). */
function wiggleRoom(version) {
    if (!atLeast(version, '2.0.0'))
        return 1;
    if (!atLeast(version, '2.4.0'))
        return 0.95;
    if (!atLeast(version, '3.0.0'))
        return 0.9;
    if (!atLeast(version, '3.1.0'))
        return 0.95;
    if (!atLeast(version, '3.3.0'))
        return 0.93;
    return 0.9;
}
function estimateTgi({ model, serving, gpu }) {
    const arch = model.architecture;
    const version = parseVersion(serving.engineVersion);
    const tp = serving.tensorParallelSize;
    const notes = [];
    const dtype = resolveWeightDtype(serving.dtype, arch.torchDtype, true);
    const dtypeBytes = DTYPE_BYTES[dtype];
    const format = resolveFormat(serving.quantization, model.quantizationConfig, serving.bits, serving.groupSize);
    const checkpoint = servedCheckpoint(model, serving, dtypeBytes, format);
    const stage = busiestStage(stageWeights(arch, { tensorParallelSize: tp, pipelineParallelSize: 1, vocabPadding: 64, dtypeBytes, format, checkpointBytes: checkpoint?.bytes }));
    const total = deviceTotalBytes(gpu);
    const fraction = serving.gpuMemoryUtilization ?? 1;
    const wiggle = wiggleRoom(version);
    const reserved = atLeast(version, '3.0.0') ? (1 - fraction * wiggle) * total : 0;
    // Warm-up prefill of max_batch_prefill_tokens with logits for every prompt token (prefill_logprobs).
    const prefillTokens = Math.min(serving.maxNumBatchedTokens ?? 4096, arch.maxPositionEmbeddings ?? 4096);
    const forward = forwardPeak(arch, prefillTokens, tp, dtypeBytes);
    const logits = prefillTokens * (arch.vocabSize ?? 0) * (dtypeBytes + 4);
    const warmup = Math.max(forward.bytes, logits);
    // BLOCK_SIZE: 1 with flashinfer (default from v2.3), 16 with paged attention (before, or compute capability < 8).
    const paged = !atLeast(version, '2.3.0') || Number(gpu.computeCapability ?? '8') < 8;
    const block = paged ? 16 : 1;
    const kvBytes = kvCacheDtypeBytes(serving.kvCacheDtype, dtypeBytes);
    const perToken = kvLayers(arch, tp, 'expanded').reduce((sum, l) => sum + l.valuesPerToken * kvBytes, 0);
    const free = total - CUDA_CONTEXT_BYTES - stage.bytes - warmup;
    const kvMemory = atLeast(version, '3.0.0') ? free - reserved : (free - (1 - fraction) * total) * wiggle;
    const blocks = perToken > 0 ? Math.max(0, Math.floor(kvMemory / (perToken * block))) : 0;
    const tokens = blocks * block;
    const kvNeeded = serving.concurrency * serving.maxModelLen * perToken;
    const startupError = tokens < serving.maxModelLen ? `Not enough memory to handle \`max_total_tokens=${serving.maxModelLen}\`` : undefined;
    const rule = `tgi ${serving.engineVersion ?? '3.3'}: flash_causal_lm.py FlashCausalLM.warmup`;
    if (!atLeast(version, '3.0.0'))
        notes.push(`TGI before 3.0 keeps ${Math.round((1 - wiggle) * 100)}% of the free memory back.`);
    return {
        engine: 'tgi',
        weights: withCheckpoint({
            bytes: stage.bytes,
            formula: 'parameters on this shard × bytes (split over num_shard)',
            inputs: { num_shard: tp, dtype, quantization: format?.name ?? 'none' },
            rule,
        }, checkpoint),
        kvCache: {
            bytes: Math.round(kvNeeded),
            formula: 'concurrency × max_model_len × layers × 2 × num_key_value_heads_per_shard × head_dim × kv_bytes',
            inputs: { concurrency: serving.concurrency, max_model_len: serving.maxModelLen, block_size: block, max_batch_total_tokens: tokens },
            rule,
        },
        activations: {
            bytes: Math.round(warmup),
            formula: 'warm-up prefill: max(forward over max_batch_prefill_tokens, their logits in dtype and float32)',
            inputs: { max_batch_prefill_tokens: prefillTokens, vocab_size: arch.vocabSize ?? 0 },
            rule,
        },
        overhead: {
            bytes: Math.round(CUDA_CONTEXT_BYTES + reserved),
            formula: 'CUDA context + (1 − cuda_memory_fraction × TGI_WIGGLE_ROOM) × total',
            inputs: { cuda_memory_fraction: fraction, wiggle_room: wiggle, cuda_context_mib: CUDA_CONTEXT_BYTES / MiB },
            rule,
        },
        totalBytes: Math.round(stage.bytes + warmup + kvNeeded + CUDA_CONTEXT_BYTES + reserved),
        availableBytes: total,
        gpuMemoryBytes: gpu.memoryBytes,
        parameters: countParameters(arch),
        kvCacheCapacityTokens: tokens,
        kvCachePoolBytes: Math.round(tokens * perToken),
        maxConcurrency: tokens / serving.maxModelLen,
        startupError,
        startupErrorField: startupError ? 'max_model_len' : undefined,
        notes,
    };
}

;// CONCATENATED MODULE: ./src/core/engines/transformers.ts
// Plain transformers `model.generate()`: weights at the loaded dtype, a DynamicCache that grows to
// concurrency × max_model_len (one extra layer while torch.cat builds the next step), the prefill
// activations of that batch, float32 logits of the last token, and the CUDA context. With several
// GPUs, device_map="auto" places whole layers on each (a pipeline, not tensor parallelism).
// Sources: transformers cache_utils.py DynamicLayer.update (torch.cat), generation/utils.py
// (logits_to_keep, float32 next-token logits, ≥ 4.47).










function estimateTransformers({ model, serving, gpu }) {
    const arch = model.architecture;
    const gpus = serving.tensorParallelSize * serving.pipelineParallelSize;
    const notes = [];
    const dtype = resolveWeightDtype(serving.dtype, arch.torchDtype, false);
    if (serving.dtype === 'auto')
        notes.push(`dtype auto is the checkpoint's ${dtype}; transformers 4.x loads float32 unless from_pretrained gets torch_dtype="auto".`);
    const dtypeBytes = DTYPE_BYTES[dtype];
    const format = resolveFormat(serving.quantization, model.quantizationConfig, serving.bits, serving.groupSize);
    const checkpoint = servedCheckpoint(model, serving, dtypeBytes, format);
    const stages = stageWeights(arch, { tensorParallelSize: 1, pipelineParallelSize: gpus, vocabPadding: 1, dtypeBytes, format, checkpointBytes: checkpoint?.bytes });
    const stage = busiestStage(stages);
    const kvBytes = kvCacheDtypeBytes(serving.kvCacheDtype, dtypeBytes);
    const layers = kvLayers(arch, 1, 'expanded').filter((l) => l.layer >= stage.firstLayer && l.layer <= stage.lastLayer);
    const sequences = serving.concurrency;
    const L = serving.maxModelLen;
    // Sliding-window layers keep the window (HybridCache for Gemma 2/3, gpt-oss).
    const perLayer = layers.map((l) => (l.kind === 'none' ? 0 : l.valuesPerToken * kvBytes * sequences * (l.kind === 'sliding' ? Math.min(l.window, L) : L)));
    const kvCache = perLayer.reduce((a, b) => a + b, 0);
    const transient = Math.max(0, ...perLayer); // torch.cat holds the old and the new tensor of one layer
    const prefill = forwardPeak(arch, sequences * L, 1, dtypeBytes);
    const logits = sequences * (arch.vocabSize ?? 0) * (dtypeBytes + 4);
    const activation = Math.max(prefill.bytes, logits) + transient;
    const total = deviceTotalBytes(gpu) * (serving.gpuMemoryUtilization ?? 1);
    const fixed = stage.bytes + activation + CUDA_CONTEXT_BYTES;
    const perToken = layers.reduce((sum, l) => sum + l.valuesPerToken * kvBytes, 0);
    const capacity = perToken > 0 ? Math.max(0, Math.floor((total - fixed) / perToken)) : 0;
    const rule = 'transformers: generate() with DynamicCache';
    if (gpus > 1)
        notes.push(`device_map="auto" spreads whole layers over ${gpus} GPUs; the busiest holds layers ${stage.firstLayer}–${stage.lastLayer}.`);
    return {
        engine: 'transformers',
        weights: withCheckpoint({
            bytes: stage.bytes,
            formula: 'parameters on this GPU × bytes per parameter',
            inputs: { dtype, quantization: format?.name ?? 'none', gpus, layers: `${stage.firstLayer}-${stage.lastLayer}` },
            rule,
        }, checkpoint),
        kvCache: {
            bytes: Math.round(kvCache),
            formula: 'concurrency × max_model_len × layers × 2 × num_key_value_heads × head_dim × kv_bytes (sliding layers: window)',
            inputs: { concurrency: sequences, max_model_len: L, layers: layers.length, kv_bytes: kvBytes },
            rule: `${rule}: cache_utils.py DynamicLayer.update`,
        },
        activations: {
            bytes: Math.round(activation),
            formula: 'max(prefill of concurrency × max_model_len tokens, last-token logits in dtype and float32) + one layer of KV copied by torch.cat',
            inputs: { prefill_bytes_per_token: prefill.perToken, vocab_size: arch.vocabSize ?? 0, torch_cat_transient_bytes: Math.round(transient) },
            rule,
        },
        overhead: {
            bytes: CUDA_CONTEXT_BYTES,
            formula: 'CUDA context with lazy module loading',
            inputs: { cuda_context_mib: CUDA_CONTEXT_BYTES / MiB },
            rule: 'PyTorch: ~400 MB context for CUDA ≥ 11.7 (pytorch/pytorch#109888)',
        },
        totalBytes: Math.round(stage.bytes + kvCache + activation + CUDA_CONTEXT_BYTES),
        availableBytes: Math.floor(total),
        gpuMemoryBytes: gpu.memoryBytes,
        parameters: countParameters(arch),
        kvCacheCapacityTokens: capacity,
        kvCachePoolBytes: capacity * perToken,
        maxConcurrency: capacity / L,
        notes,
    };
}

;// CONCATENATED MODULE: ./src/core/engines/vllm-profile.ts
// What vLLM's profiling run charges to the budget besides the weights: the PyTorch peak of one
// dummy batch and the sampler warm-up, and memory allocated outside PyTorch (non-torch), per
// release era. Code facts cite vllm-project/vllm; measured figures cite the public logs they come
// from (none of them is a gpu-fit test case).




const isV1 = (era) => era >= 'E';
/**
 * Bytes per logit of the sampler warm-up beyond the logits themselves, and the path it takes.
 * V0 `Sampler._apply_top_k_top_p` and V1 `TopKTopPSampler` with the profile's dummy top-k = vocab − 1.
 * The torch.sort path peaks inside the sort: values fp32 + indices int64 + reverse indices int64
 * + cub's alternate buffers (36 B); FlashInfer and the Triton kernel need 12 B.
 */
function samplerBytesPerLogit(era, version, rows) {
    const sortBytes = rows >= 128 ? 36 : 48;
    if (!isV1(era)) {
        if (!atLeast(version, '0.2.6'))
            return { bytes: 64, path: 'V0 sort with a second argsort (≤ 0.2.5)' };
        if (!atLeast(version, '0.5.5'))
            return { bytes: 28, path: 'V0 sort in the model dtype (0.2.6–0.5.4)' };
        if (!atLeast(version, '0.6.2'))
            return { bytes: 38, path: 'V0 float32 sort with gather (0.5.5–0.6.1)' };
        return { bytes: sortBytes, path: 'V0 float32 sort (sampler.py _apply_top_k_top_p)' };
    }
    // v0.8–v0.11.0 use FlashInfer where it is installed: the vllm/vllm-openai image ships it, pip does not.
    if (!atLeast(version, '0.11.1'))
        return { bytes: 12, path: 'FlashInfer top-k/top-p (the vllm-openai image; pip installs without flashinfer sort, 36 B)' };
    if (!atLeast(version, '0.17.0'))
        return { bytes: sortBytes, path: 'PyTorch sort (FlashInfer sampler opt-in, #26859)' };
    return { bytes: 12, path: 'Triton top-k/top-p (#33538) / FlashInfer (#40376)' };
}
/** Streaming multiprocessors of an H100, the cap of the Triton sampler's buffer rows (min(#SM, rows)). */
const TRITON_SAMPLER_ROWS = 132;
/** cuBLAS workspace, allocated by PyTorch's caching allocator on the first GEMM (CublasHandlePool.cpp). */
function cublasWorkspace(gpu) {
    return Number(gpu.computeCapability ?? '0') >= 9 && Number(gpu.computeCapability) < 10 ? 32 * MiB : 8.125 * MiB;
}
/** Fused-MoE chunk size (VLLM_FUSED_MOE_CHUNK_SIZE default) by version. */
function moeChunk(version, era) {
    if (!atLeast(version, '0.6.0'))
        return 65536;
    if (!atLeast(version, '0.12.0'))
        return 32768;
    if (era === 'H')
        return Infinity;
    return 16384;
}
/**
 * PyTorch peak of the profile forward over T tokens on one rank (models/llama.py, qwen2.py;
 * fused_moe.py fused_experts_impl). Attention: residual + input + qkv + attention output + o_proj
 * output. Dense MLP: c × hidden + gate_up + activation (c = 2 for V0 Llama from 0.6.4, #10339; 3
 * otherwise). MoE: the fused-MoE intermediate caches for the routed tokens.
 */
function forwardBytes(arch, tokens, tp, dtypeBytes, era, version) {
    const h = arch.hiddenSize;
    const heads = arch.numAttentionHeads ?? 1;
    const hd = arch.mla ? arch.mla.qkNopeHeadDim + arch.mla.qkRopeHeadDim : (arch.headDim ?? h / heads);
    const q = (heads / tp) * hd;
    const kv = kvHeadsPerRank(arch, tp) * hd;
    const allReduce = tp > 1 ? h : 0; // out-of-place all-reduce output
    const attention = 3 * h + 2 * q + 2 * kv + allReduce;
    const llamaV0 = !isV1(era) && atLeast(version, '0.6.4') && ['llama', 'mistral'].includes(arch.modelType);
    const c = llamaV0 ? 2 : 3;
    const dense = c * h + (3 * (arch.intermediateSize ?? 4 * h)) / tp + allReduce;
    const perToken = Math.max(attention, arch.moe && arch.moe.sparseLayers.every(Boolean) ? 0 : dense);
    let persistent = 0;
    let moeBytes = 0;
    if (arch.moe) {
        const m = arch.moe;
        const n = (2 * m.moeIntermediateSize) / tp;
        const k = h;
        const routed = Math.min(tokens, moeChunk(version, era)) * m.numExpertsPerTok;
        const caches = atLeast(version, '0.8.0') ? routed * (Math.max(n, k) + n / 2) : routed * (n + n / 2 + k);
        const shared = (3 * (m.numSharedExperts * m.moeIntermediateSize + m.sharedExpertIntermediateSize)) / tp;
        moeBytes = tokens * (3 * h + shared + allReduce) * dtypeBytes + caches * dtypeBytes;
        // bf16 MoE runs through the modular kernel's persistent workspace from #31827 (2026-01).
        if (atLeast(version, '0.15.0'))
            persistent = routed * (Math.max(n / 2, k) + Math.max(n, k)) * dtypeBytes;
    }
    return { bytes: Math.max(tokens * perToken * dtypeBytes, moeBytes), persistent };
}
function profilePeak(arch, gpu, era, version, tp, dtypeBytes, maxNumBatchedTokens, maxNumSeqs) {
    const tokens = maxNumBatchedTokens;
    const rows = Math.min(maxNumSeqs, tokens);
    const forward = forwardBytes(arch, tokens, tp, dtypeBytes, era, version);
    const vocab = arch.vocabSize ?? 0;
    const paddedVocab = Math.ceil(vocab / 64) * 64;
    const { bytes: perLogit, path } = samplerBytesPerLogit(era, version, rows);
    // Logits in the model dtype, then the sampler's float32 work; the forward's [T, hidden] output is
    // still referenced (V0 always; V1 from 0.9.2, #16188).
    const hiddenAlive = !isV1(era) || atLeast(version, '0.9.2') ? tokens * arch.hiddenSize * dtypeBytes : 0;
    const sampler = rows * (dtypeBytes * paddedVocab + perLogit * vocab) + hiddenAlive;
    const triton = isV1(era) && atLeast(version, '0.17.0') ? 4 * vocab * Math.min(TRITON_SAMPLER_ROWS, rows) : 0;
    const persistent = cublasWorkspace(gpu) + forward.persistent + triton;
    return {
        bytes: Math.round(Math.max(forward.bytes, sampler) + persistent),
        forwardBytes: Math.round(forward.bytes),
        samplerBytes: Math.round(sampler),
        persistentBytes: Math.round(persistent),
        samplerPath: path,
        postCaptureSamplerBytes: Math.round(rows * (dtypeBytes * paddedVocab + perLogit * vocab)),
        samplerRows: rows,
    };
}
/**
 * NCCL's communicator and channel buffers per rank where vLLM charges them, measured on H100
 * (llm-d-incubation/llm-d-planner accuracy/accuracy_report.md, v0.19, TP 2 and 4: ≈ 1.8 GiB above TP 1)
 * and on a PCIe L40S (vllm-project/vllm#15815, TP 2: ≈ 0.3 GiB).
 */
function ncclBytes(gpu) {
    return Number(gpu.computeCapability ?? '0') >= 9 ? 1.8 * GiB : 0.3 * GiB;
}
/**
 * NVLink SHARP buffers NCCL creates on NVSwitch boards (Hopper and later) for more than two GPUs:
 * nvlsPerRankSize 288 MiB per rank per communicator, and vLLM keeps two communicators (torch's
 * and pynccl's) per group: vllm-project/vllm#9699 (8 × H200: ≈ 5 GiB per GPU less KV cache).
 */
function nvlsBytes(gpu, ranks) {
    if (ranks <= 2 || gpu.interconnect !== 'NVSwitch' || Number(gpu.computeCapability ?? '0') < 9)
        return 0;
    return 2 * ranks * 288 * MiB;
}
/**
 * Memory outside PyTorch charged to the budget (memory_profiling non_torch_increase; eras B and E
 * charge everything on the device, the CUDA context included). TP 1 figures: lazily loaded kernels,
 * 0.1 GiB (V0: vllm#13882, #12126; V1 ≤ 0.17 on H100: llm-d-benchmark) and 0.25 GiB from v0.18
 * (llm-d-planner). Era A ≤ 0.2.4 measured the allocated peak only; 0.2.5–0.3.0 (#2031) the whole device.
 */
function nonTorch(era, version, gpu, ranks) {
    const parts = [];
    let bytes = 0;
    const add = (b, what) => {
        if (b > 0) {
            bytes += b;
            parts.push(`${what} ${(b / GiB).toFixed(2)} GiB`);
        }
    };
    const deviceWide = era === 'B' || era === 'E' || (era === 'A' && atLeast(version, '0.2.5') && !atLeast(version, '0.3.1'));
    if (deviceWide)
        add(CUDA_CONTEXT_BYTES, 'CUDA context (charged in this era)');
    if (era !== 'A')
        add(atLeast(version, '0.18.0') && isV1(era) ? 0.25 * GiB : 0.1 * GiB, 'lazily loaded kernels');
    if (ranks > 1) {
        // NCCL is created after the memory snapshot up to 0.10 (eras A-F); from 0.11 (#25359) before it.
        const charged = era !== 'G' && era !== 'H';
        if (charged) {
            add(ncclBytes(gpu), 'NCCL buffers');
            add(nvlsBytes(gpu, ranks), 'NCCL NVLink SHARP buffers');
        }
        else if (Number(gpu.computeCapability ?? '0') >= 9) {
            // Still seen on H100 from v0.11: +0.4 GiB (≈ v0.11), +1.8 GiB (v0.19) above TP 1 (llm-d-planner).
            add(atLeast(version, '0.19.0') ? 1.8 * GiB : 0.4 * GiB, 'NCCL buffers allocated at the first all-reduce');
        }
    }
    return { bytes, parts };
}
/**
 * CUDA graph pool captured after the KV cache is allocated, outside the budget until v0.21:
 * 0.51–1.85 GiB, mean 1.04 GiB, over 58 vLLM v0.19 runs on H100 (llm-d-incubation/llm-d-planner
 * accuracy/accuracy_report.md, "CUDA graph pool memory").
 */
const CUDA_GRAPH_POOL_BYTES = 1 * GiB;

;// CONCATENATED MODULE: ./src/core/engines/vllm.ts
// vLLM: each GPU's budget is gpu_memory_utilization × the CUDA total; the weights, the peak of the
// profiling run and non-torch memory come off it, and the rest becomes the KV cache, in blocks.
// Rules per release era, each with its source in vllm-project/vllm:
//   A  V0 ≤ 0.6.3  worker/worker.py Worker.determine_num_available_blocks (free-memory difference)
//   B  V0 0.6.4    same, torch peak + device-wide non-torch memory (CUDA context charged)
//   C  V0 0.6.5-6  utils.memory_profiling (baseline excludes the context)
//   D  V0 0.7      MemorySnapshot + memory_profiling
//   E  V1 0.8-0.9.0 v1/worker/gpu_worker.py Worker.determine_available_memory, device-wide non-torch
//   F  V1 0.9.1-0.10 same with memory_profiling(init_snapshot): NCCL inside the budget
//   G  V1 0.11-0.20 init snapshot after NCCL init: NCCL outside the budget (default here)
//   H  V1 ≥ 0.21   gpu_memory_utilization default 0.92, CUDA-graph estimate subtracted (not modelled)
// KV blocks: v1/core/kv_cache_utils.py get_num_blocks / get_max_concurrency_for_kv_cache_config.











function vllmEra(version) {
    if (!version)
        return 'G';
    if (!atLeast(version, '0.6.4'))
        return 'A';
    if (!atLeast(version, '0.6.5'))
        return 'B';
    if (!atLeast(version, '0.7.0'))
        return 'C';
    if (!atLeast(version, '0.8.0'))
        return 'D';
    if (!atLeast(version, '0.9.1'))
        return 'E';
    if (!atLeast(version, '0.11.0'))
        return 'F';
    if (!atLeast(version, '0.21.0'))
        return 'G';
    return 'H';
}
const V1 = (era) => era >= 'E';
/** vLLM's default block size, and the MLA backends' own (platforms/cuda.py check_and_update_config). */
function blockSize(input, era) {
    if (input.serving.blockSize)
        return input.serving.blockSize;
    if (input.model.architecture.mla && V1(era)) {
        const cc = Number(input.gpu.computeCapability ?? '0');
        if (cc >= 10 && cc < 11)
            return 128; // CUTLASS MLA on Blackwell SM100
        if (cc >= 9 && cc < 10)
            return 64; // FlashMLA on Hopper
    }
    return 16;
}
/** Scheduler defaults that size the profiling run, per era (engine/arg_utils.py). */
function schedulerDefaults(input, era, totalBytes) {
    const s = input.serving;
    if (!V1(era)) {
        // V0: chunked prefill turns on by itself above 32K tokens (EngineArgs.create_engine_config).
        const chunked = s.maxModelLen > 32768;
        const tokens = s.maxNumBatchedTokens ?? (chunked ? (era >= 'C' ? 2048 : 512) : Math.max(s.maxModelLen, 2048));
        return { maxNumSeqs: s.maxNumSeqs ?? 256, maxNumBatchedTokens: tokens, source: 'V0 SchedulerConfig: max_num_seqs 256, max_num_batched_tokens max(max_model_len, 2048)' };
    }
    // V1, `vllm serve` (OPENAI_API_SERVER): large GPUs other than A100 get bigger batches.
    const large = totalBytes >= 70 * GiB && !/a100/i.test(input.gpu.name);
    const tokens = s.maxNumBatchedTokens ?? (large ? 8192 : 2048);
    const seqs = Math.min(s.maxNumSeqs ?? (large ? 1024 : 256), era >= 'F' ? tokens : Infinity);
    return { maxNumSeqs: seqs, maxNumBatchedTokens: tokens, source: 'V1 EngineArgs defaults for vllm serve (≥ 70 GiB non-A100: 8192 tokens, 1024 seqs; else 2048, 256)' };
}
/** The MXFP4 MoE kernel's padding of the expert width and hidden size (quantization/mxfp4.py). */
function mxfp4Padding(computeCapability) {
    const cc = Number(computeCapability ?? '9.0');
    if (cc >= 10)
        return { intermediate: 256, hidden: 256 }; // FlashInfer TRT-LLM on Blackwell
    if (cc < 9)
        return { intermediate: 128, hidden: 256 }; // Marlin on Ampere/Ada
    return { intermediate: 64, hidden: 1 }; // Triton kernels on Hopper
}
/** v1/core/kv_cache_utils.py: layers of one kind share a group; hybrid models split into groups of equal size. */
function kvGroups(layers, hybrid, version) {
    const cached = layers.filter((l) => l.kind !== 'none');
    const full = cached.filter((l) => l.kind === 'full' || !hybrid).length;
    const sliding = hybrid ? cached.filter((l) => l.kind === 'sliding') : [];
    if (sliding.length === 0 || full === 0) {
        const kind = sliding.length > 0 ? 'sliding' : 'full';
        return { groups: [{ kind, window: sliding[0]?.window, layers: cached.length }], groupSize: cached.length };
    }
    const min = Math.min(full, sliding.length);
    const max = Math.max(full, sliding.length);
    // #29303 (≈ v0.12): take the larger count when it is close to the smaller one.
    const groupSize = atLeast(version, '0.12.0') && max < min * 1.25 ? max : min;
    const groups = [];
    for (let i = 0; i < Math.ceil(full / groupSize); i += 1)
        groups.push({ kind: 'full', layers: groupSize });
    for (let i = 0; i < Math.ceil(sliding.length / groupSize); i += 1)
        groups.push({ kind: 'sliding', window: sliding[0].window, layers: groupSize });
    return { groups, groupSize };
}
function estimateVllm(input) {
    const { model, serving, gpu } = input;
    const arch = model.architecture;
    const version = parseVersion(serving.engineVersion);
    const era = vllmEra(version);
    const tp = serving.tensorParallelSize;
    const pp = serving.pipelineParallelSize;
    const notes = [];
    const eraLabel = `vLLM ${serving.engineVersion ?? '0.20 (default)'} (era ${era})`;
    // Budget: gpu_memory_utilization × the CUDA total.
    const total = deviceTotalBytes(gpu);
    const utilization = serving.gpuMemoryUtilization ?? (era === 'H' ? 0.92 : 0.9);
    const requested = era === 'H' ? Math.ceil(total * utilization) : total * utilization;
    // Weights per rank, as "Model loading took" measures them.
    const dtype = resolveWeightDtype(serving.dtype, arch.torchDtype, true);
    const dtypeBytes = DTYPE_BYTES[dtype];
    const format = resolveFormat(serving.quantization, model.quantizationConfig, serving.bits, serving.groupSize);
    const checkpoint = servedCheckpoint(model, serving, dtypeBytes, format);
    const stages = stageWeights(arch, {
        checkpointBytes: checkpoint?.bytes,
        tensorParallelSize: tp,
        pipelineParallelSize: pp,
        vocabPadding: 64,
        dtypeBytes,
        format,
        mxfp4Padding: mxfp4Padding(gpu.computeCapability),
    });
    const stage = busiestStage(stages);
    const rope = arch.rope ? arch.rope.maxPosition * arch.rope.rotaryDim * dtypeBytes : 0;
    const weightsBytes = stage.bytes + rope;
    // Profiling run: one batch of max_num_batched_tokens over max_num_seqs requests, then the sampler.
    const sched = schedulerDefaults(input, era, total);
    const peak = profilePeak(arch, gpu, era, version, tp, dtypeBytes, sched.maxNumBatchedTokens, sched.maxNumSeqs);
    const activation = peak.bytes;
    const other = nonTorch(era, version, gpu, tp * pp);
    const available = requested - weightsBytes - activation - other.bytes;
    // KV cache: pages per layer, blocks per group of layers.
    const bs = blockSize(input, era);
    const kvBytes = kvCacheDtypeBytes(serving.kvCacheDtype, dtypeBytes);
    const layers = kvLayers(arch, tp, 'latent').filter((l) => l.layer >= stage.firstLayer && l.layer <= stage.lastLayer);
    const perLayerValues = Math.max(...layers.map((l) => l.valuesPerToken), 0);
    const page = bs * perLayerValues * kvBytes; // MLA: the latent alone, no ×2 (already in valuesPerToken)
    const hybrid = era >= 'F' && layers.some((l) => l.kind === 'sliding');
    if (!hybrid && layers.some((l) => l.kind === 'sliding')) {
        notes.push('This vLLM era caches sliding-window layers at full length (no hybrid KV cache manager).');
    }
    const { groups, groupSize } = kvGroups(layers, hybrid, version);
    const numBlocks = available > 0 && page > 0 ? Math.max(0, Math.floor(Math.floor(available / page) / groupSize)) : 0;
    const cdiv = (a, b) => Math.ceil(a / b);
    const L = serving.maxModelLen;
    const blocksPerRequest = groups.reduce((sum, g) => sum + (g.kind === 'sliding' ? cdiv(Math.min(g.window - 1 + sched.maxNumBatchedTokens, L), bs) + 1 : cdiv(L, bs)), 0);
    const tokens = hybrid ? Math.floor(numBlocks / groups.length) * bs : numBlocks * bs;
    const blocksFor = (len) => groups.reduce((sum, g) => sum + (g.kind === 'sliding' ? cdiv(Math.min(g.window - 1 + sched.maxNumBatchedTokens, len), bs) + 1 : cdiv(len, bs)), 0);
    /** vLLM's estimate_max_model_len: the longest request whose blocks fit (binary search). */
    const longestFitting = () => {
        let lo = 0;
        let hi = L;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (blocksFor(mid) <= numBlocks)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
    const concurrency = era >= 'F' ? numBlocks / blocksPerRequest : tokens / L;
    const bytesPerBlock = page * groupSize; // one block id spans one layer of every group
    const kvNeeded = Math.ceil(serving.concurrency * blocksPerRequest) * bytesPerBlock;
    const oneRequest = blocksPerRequest * bytesPerBlock;
    // Start-up failures, in the era's own words.
    let startupError;
    let startupErrorField;
    if (available <= 0) {
        startupErrorField = 'gpu';
        startupError = 'No available memory for the cache blocks. Try increasing `gpu_memory_utilization` when initializing the engine.';
    }
    else if (!V1(era) && L > tokens) {
        startupErrorField = 'max_model_len';
        startupError = `The model's max seq len (${L}) is larger than the maximum number of tokens that can be stored in KV cache (${tokens}). Try increasing \`gpu_memory_utilization\` or decreasing \`max_model_len\` when initializing the engine.`;
    }
    else if (V1(era) && oneRequest > available) {
        startupErrorField = 'max_model_len';
        const estimated = longestFitting();
        const unit = era === 'E' && !atLeast(version, '0.9.0') ? 'GB' : 'GiB';
        startupError =
            `To serve at least one request with the models's max seq len (${L}), (${(oneRequest / GiB).toFixed(2)} ${unit} KV cache is needed, which is larger than the available KV cache memory (${(available / GiB).toFixed(2)} ${unit}). ` +
                `Based on the available memory, the estimated maximum model length is ${estimated}. Try increasing \`gpu_memory_utilization\` or decreasing \`max_model_len\` when initializing the engine.`;
    }
    // Outside the budget: the CUDA context and the CUDA graphs captured after the KV cache (until
    // 0.21 subtracts them). Whatever they take beyond what gpu_memory_utilization leaves free comes
    // out of the activation room the sampler warm-up after capture needs (gpu_model_runner
    // compile_or_warm_up_model, v0.10+), which then runs out of memory.
    const graphs = serving.enforceEager || era === 'H' ? 0 : CUDA_GRAPH_POOL_BYTES;
    const spare = total - requested;
    const samplerRoom = spare + (activation - peak.persistentBytes) - (CUDA_CONTEXT_BYTES + graphs);
    if (!startupError && V1(era) && atLeast(version, '0.10.0') && peak.postCaptureSamplerBytes > samplerRoom) {
        startupErrorField = 'max_num_seqs';
        startupError = `CUDA out of memory occurred when warming up sampler with ${peak.samplerRows} dummy requests. Please try lowering \`max_num_seqs\` or \`gpu_memory_utilization\` when initializing the engine.`;
    }
    notes.push(`Outside vLLM's budget: the CUDA context (~${(CUDA_CONTEXT_BYTES / GiB).toFixed(2)} GiB)${graphs ? ` and CUDA graphs (~${(graphs / GiB).toFixed(2)} GiB)` : ''}; (1 − gpu_memory_utilization) leaves ${(spare / GiB).toFixed(2)} GiB for them.`);
    const rule = `vllm: ${eraLabel}`;
    const weights = withCheckpoint({
        bytes: weightsBytes,
        formula: `parameters on this GPU × bytes (vocabulary padded to 64 and split over tensor_parallel_size, K/V heads replicated when fewer than GPUs) + rotary cache`,
        inputs: {
            tensor_parallel_size: tp,
            ...(pp > 1 ? { pipeline_parallel_size: pp, stage_layers: `${stage.firstLayer}-${stage.lastLayer}` } : {}),
            dtype,
            quantization: format?.name ?? 'none',
            rotary_cache_bytes: rope,
        },
        rule: `${rule}: model_executor/model_loader, "Model loading took"`,
    }, checkpoint);
    const kvCache = {
        bytes: kvNeeded,
        formula: `concurrency × blocks per request × block_size × ${arch.mla ? '(kv_lora_rank + qk_rope_head_dim)' : '2 × num_key_value_heads_per_gpu × head_dim'} × kv_bytes × layers per block`,
        inputs: {
            concurrency: serving.concurrency,
            max_model_len: L,
            block_size: bs,
            blocks_per_request: blocksPerRequest,
            layers_per_block: groupSize,
            kv_bytes: kvBytes,
            ...(hybrid ? { kv_cache_groups: groups.length } : {}),
            num_gpu_blocks: numBlocks,
        },
        rule: `${rule}: v1/core/kv_cache_utils.py get_num_blocks, page_size_bytes`,
    };
    const activations = {
        bytes: Math.round(activation),
        formula: 'max(forward pass over max_num_batched_tokens, sampler warm-up over min(max_num_seqs, max_num_batched_tokens) × vocab_size) + persistent workspaces',
        inputs: {
            max_num_batched_tokens: sched.maxNumBatchedTokens,
            max_num_seqs: sched.maxNumSeqs,
            forward_bytes: peak.forwardBytes,
            sampler_bytes: peak.samplerBytes,
            persistent_bytes: peak.persistentBytes,
            sampler: peak.samplerPath,
        },
        rule: `${rule}: gpu_model_runner.profile_run (_dummy_run, _dummy_sampler_run); ${sched.source}`,
    };
    const overhead = {
        bytes: Math.round(other.bytes),
        formula: other.parts.length > 0 ? other.parts.join(' + ') : 'no memory outside PyTorch charged in this era',
        inputs: { gpu_memory_utilization: utilization, cuda_total_bytes: total },
        rule: `${rule}: memory_profiling non_torch_increase`,
    };
    if (era === 'H')
        notes.push('vLLM ≥ 0.21 subtracts its CUDA-graph memory estimate from the KV cache; gpu-fit does not model it, so the KV capacity is an upper bound.');
    if (pp > 1)
        notes.push(`Pipeline stage ${stage.stage + 1} of ${pp} is the busiest: layers ${stage.firstLayer}–${stage.lastLayer}.`);
    return {
        engine: 'vllm',
        weights,
        kvCache,
        activations,
        overhead,
        totalBytes: Math.round(weightsBytes + activation + other.bytes + kvNeeded),
        availableBytes: Math.floor(requested),
        gpuMemoryBytes: gpu.memoryBytes,
        parameters: countParameters(arch),
        kvCacheCapacityTokens: tokens,
        kvCachePoolBytes: Math.round(available),
        maxConcurrency: concurrency,
        startupError,
        startupErrorField,
        notes,
    };
}

;// CONCATENATED MODULE: ./src/core/estimate.ts
// The estimator's entry point: picks the engine's rules and returns a per-GPU breakdown.






function estimate(input) {
    switch (input.serving.engine) {
        case 'generic':
            return estimateGeneric(input);
        case 'vllm':
            return estimateVllm(input);
        case 'sglang':
            return estimateSglang(input);
        case 'tgi':
            return estimateTgi(input);
        case 'llama.cpp':
            return estimateLlamaCpp(input, { ollama: false });
        case 'ollama':
            return estimateLlamaCpp(input, { ollama: true });
        case 'transformers':
            return estimateTransformers(input);
    }
}

;// CONCATENATED MODULE: ./src/core/verdict.ts
// From an estimate to a verdict: fits, tight (less than min-headroom of the budget left) or undersized.
const VERDICTS = (/* unused pure expression or super */ null && (['fits', 'tight', 'undersized', 'error']));
/** An engine that would refuse to start, or a need above what it may use, is undersized. */
function judge(estimate, minHeadroom) {
    const headroomBytes = estimate.availableBytes - estimate.totalBytes;
    if (headroomBytes < 0 || estimate.startupError)
        return { verdict: 'undersized', headroomBytes };
    if (headroomBytes < minHeadroom * estimate.availableBytes)
        return { verdict: 'tight', headroomBytes };
    return { verdict: 'fits', headroomBytes };
}

;// CONCATENATED MODULE: ./src/core/recommend.ts
// The smallest catalog GPUs on which the same deployment would fit.


function recommendGpus(input, catalog, minHeadroom, limit = 3) {
    const fitting = [];
    for (const gpu of catalog) {
        const result = estimate({ ...input, gpu });
        if (judge(result, minHeadroom).verdict === 'fits')
            fitting.push(gpu);
    }
    fitting.sort((a, b) => a.memoryBytes - b.memoryBytes || a.name.localeCompare(b.name));
    return fitting.slice(0, limit).map((g) => g.name);
}

;// CONCATENATED MODULE: ./src/report/decided-by.ts
// Which field of a deployment decides a verdict that is not `fits`, so the annotation lands on
// the line to change: the setting the engine's own start-up error is about; else the context
// length when the KV cache is what does not fit; else the GPU (its label or the manifest's line).
function decidingField(estimate, fields) {
    const named = estimate.startupErrorField;
    if (named && named !== 'gpu' && fields[named])
        return named;
    const weightsFit = estimate.weights.bytes + estimate.activations.bytes + estimate.overhead.bytes <= estimate.availableBytes;
    if (weightsFit && estimate.kvCache.bytes > 0 && fields.max_model_len)
        return 'max_model_len';
    if (weightsFit && fields.concurrency)
        return 'concurrency';
    return fields.gpu ? 'gpu' : 'deployment';
}

;// CONCATENATED MODULE: ./src/report/report.ts
// The report: one entry per deployment, in the JSON contract other tools read
// (version, result, deployments[name, file, line, engine, model, gpu, memory, availableBytes,
// headroomBytes, verdict, recommendedGpus, errors]). Built from estimates; renderers only format it.




const FAIL_ON = ['undersized', 'tight', 'never'];
function reportDeployment(d, options) {
    const result = estimate(d.input);
    const { verdict, headroomBytes } = judge(result, options.minHeadroom);
    return {
        name: d.name,
        file: d.pos.file,
        line: d.pos.line,
        engine: result.engine,
        model: d.modelLabel,
        gpu: { name: d.gpuName, count: d.gpuCount, memoryBytes: d.input.gpu.memoryBytes },
        memory: {
            weightsBytes: result.weights.bytes,
            kvCacheBytes: result.kvCache.bytes,
            activationBytes: result.activations.bytes,
            overheadBytes: result.overhead.bytes,
            totalBytes: result.totalBytes,
        },
        availableBytes: result.availableBytes,
        headroomBytes,
        verdict,
        recommendedGpus: verdict === 'fits' ? [] : recommendGpus(d.input, options.catalog, options.minHeadroom),
        errors: [],
        breakdown: {
            weights: result.weights,
            kvCache: result.kvCache,
            activations: result.activations,
            overhead: result.overhead,
        },
        parameters: { total: result.parameters.total, active: result.parameters.active, basis: result.parameters.basis },
        kvCacheCapacityTokens: result.kvCacheCapacityTokens ?? null,
        maxConcurrency: result.maxConcurrency ?? null,
        engineError: result.startupError ?? null,
        notes: [...d.notes, ...result.notes],
        decidedBy: verdict === 'fits' ? null : decided(decidingField(result, d.fieldPositions), d.fieldPositions),
    };
}
function decided(field, positions) {
    const pos = positions[field] ?? positions.deployment;
    return { field, file: pos.file, line: pos.line, column: pos.column };
}
function reportFailure(item) {
    return {
        name: item.name,
        file: item.file,
        line: item.line,
        engine: null,
        model: null,
        gpu: null,
        memory: null,
        availableBytes: null,
        headroomBytes: null,
        verdict: 'error',
        recommendedGpus: [],
        errors: item.errors.map(({ message, file, line, column }) => ({ message, file, line, column })),
        breakdown: null,
        parameters: null,
        kvCacheCapacityTokens: null,
        maxConcurrency: null,
        engineError: null,
        notes: [],
        decidedBy: null,
    };
}
function isFailing(verdict, failOn) {
    if (failOn === 'never')
        return false;
    if (verdict === 'undersized' || verdict === 'error')
        return true;
    return failOn === 'tight' && verdict === 'tight';
}
function buildReport(deployments, failOn) {
    return {
        version: 1,
        result: deployments.some((d) => isFailing(d.verdict, failOn)) ? 'fail' : 'pass',
        deployments,
    };
}

;// CONCATENATED MODULE: ./src/hub/http.ts
// HTTP for the Hub: retries with backoff on network errors, 5xx and 429 (honouring
// retry-after), and byte-range reads that also work against a server that ignores Range, by
// reading only the bytes needed from the stream and closing it.
/** An HTTP answer that is not the file: carries the status for the caller's message. */
class HttpError extends Error {
    url;
    status;
    code;
    constructor(url, status, message, 
    /** The Hub's X-Error-Code (RepoNotFound, GatedRepo, RevisionNotFound, EntryNotFound), where sent. */
    code) {
        super(message);
        this.url = url;
        this.status = status;
        this.code = code;
    }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function retryable(status) {
    return status >= 500 || status === 429;
}
/** GET with retries; resolves with a 2xx response, throws HttpError otherwise. */
async function get(url, options, extraHeaders = {}) {
    for (let attempt = 0;; attempt += 1) {
        let response;
        try {
            response = await fetch(url, { headers: { ...options.headers, ...extraHeaders }, redirect: 'follow' });
        }
        catch (error) {
            if (attempt >= options.retries) {
                const cause = error.cause;
                throw new HttpError(url, 0, `${cause?.code ?? cause?.message ?? error.message} after ${attempt + 1} tries`);
            }
            await sleep(Math.min(options.baseDelayMs * 2 ** attempt, options.maxDelayMs));
            continue;
        }
        if (response.ok)
            return response;
        await response.body?.cancel().catch(() => undefined);
        if (!retryable(response.status) || attempt >= options.retries) {
            throw new HttpError(url, response.status, `HTTP ${response.status}${attempt > 0 ? ` after ${attempt + 1} tries` : ''}`, response.headers.get('x-error-code') ?? undefined);
        }
        const retryAfter = Number(response.headers.get('retry-after'));
        const delay = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : options.baseDelayMs * 2 ** attempt;
        await sleep(Math.min(delay, options.maxDelayMs));
    }
}
async function getJson(url, options) {
    const response = await get(url, options);
    const text = await response.text();
    try {
        return JSON.parse(text);
    }
    catch {
        throw new HttpError(url, response.status, 'the answer is not JSON');
    }
}
/**
 * Bytes [start, end) of a file. A 206 answer is the range itself; a 200 answer (a server that
 * ignores Range) is read only as far as `end`, then closed, so the rest is never downloaded.
 */
async function getRange(url, start, end, options) {
    const response = await get(url, options, { Range: `bytes=${start}-${end - 1}` });
    const skip = response.status === 206 ? 0 : start;
    const want = response.status === 206 ? end - start : end;
    const reader = response.body?.getReader();
    if (!reader)
        throw new HttpError(url, response.status, 'the answer has no body');
    const chunks = [];
    let received = 0;
    while (received < want) {
        const { done, value } = await reader.read();
        if (done)
            break;
        chunks.push(value);
        received += value.length;
    }
    await reader.cancel().catch(() => undefined);
    const all = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
        all.set(chunk, offset);
        offset += chunk.length;
    }
    if (received < want)
        throw new HttpError(url, response.status, `the file ends after ${received} bytes, before byte ${end}`);
    return all.subarray(skip, want);
}

;// CONCATENATED MODULE: ./src/hub/safetensors.ts
// The safetensors header: 8 bytes of little-endian length, then JSON naming each tensor's dtype,
// shape and byte range (https://github.com/huggingface/safetensors#format). Only the header is
// ever read; the weights stay where they are.
/** The format caps the header at 100 MB; anything larger is not a safetensors file. */
const MAX_HEADER_BYTES = 100_000_000;
/** The header's length from the file's first 8 bytes. */
function headerLength(prefix) {
    if (prefix.length < 8)
        throw new Error('the file is shorter than the 8-byte safetensors header length');
    const length = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true);
    if (length === 0n || length > BigInt(MAX_HEADER_BYTES))
        throw new Error(`the safetensors header length ${length} is not plausible`);
    return Number(length);
}
/** Tensors named in a header: bytes from the data offsets, elements from the shape. */
function parseHeader(json) {
    let header;
    try {
        header = JSON.parse(json);
    }
    catch (e) {
        throw new Error(`the safetensors header is not JSON (${e.message})`);
    }
    if (typeof header !== 'object' || header === null || Array.isArray(header))
        throw new Error('the safetensors header is not a JSON object');
    const tensors = [];
    for (const [name, entry] of Object.entries(header)) {
        if (name === '__metadata__')
            continue;
        const t = entry;
        const offsets = t.data_offsets;
        if (typeof t.dtype !== 'string' || !Array.isArray(t.shape) || !Array.isArray(offsets) || offsets.length !== 2) {
            throw new Error(`tensor "${name}" in the safetensors header lacks dtype, shape or data_offsets`);
        }
        const [start, end] = offsets;
        if (!Number.isInteger(start) || !Number.isInteger(end) || end < start)
            throw new Error(`tensor "${name}" has invalid data_offsets`);
        const elements = t.shape.reduce((a, b) => a * b, 1);
        tensors.push({ name, dtype: t.dtype, elements, bytes: end - start });
    }
    return tensors;
}

;// CONCATENATED MODULE: ./src/hub/hub.ts
// The Hugging Face Hub as a model source: config.json, and the checkpoint's tensors from the
// safetensors headers (model.safetensors.index.json, then each shard's header through HTTP
// Range reads). Every model is fetched once per run.


const DEFAULT_HUB_ENDPOINT = 'https://huggingface.co';
async function pool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await work(items[i]);
        }
    });
    await Promise.all(workers);
    return results;
}
function createHub(options) {
    const endpoint = options.endpoint.replace(/\/+$/, '');
    const http = {
        retries: options.retries ?? 3,
        baseDelayMs: options.baseDelayMs ?? 250,
        maxDelayMs: 30_000,
        headers: { 'user-agent': 'gpu-fit', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    };
    const cache = new Map();
    const fileUrl = (id, revision, file) => `${endpoint}/${id}/resolve/${encodeURIComponent(revision)}/${file}`;
    async function header(url) {
        const length = headerLength(await getRange(url, 0, 8, http));
        const json = new TextDecoder().decode(await getRange(url, 8, 8 + length, http));
        try {
            return parseHeader(json);
        }
        catch (e) {
            throw new HttpError(url, 200, e.message);
        }
    }
    async function checkpoint(id, revision) {
        const indexUrl = fileUrl(id, revision, 'model.safetensors.index.json');
        try {
            const index = (await getJson(indexUrl, http));
            const files = [...new Set(Object.values(index.weight_map ?? {}))].sort();
            if (files.length === 0)
                throw new HttpError(indexUrl, 200, 'the index has no weight_map');
            const headers = await pool(files, options.concurrency ?? 8, (file) => header(fileUrl(id, revision, file)));
            return { source: indexUrl, files: files.length, tensors: headers.flat() };
        }
        catch (error) {
            if (!(error instanceof HttpError && error.status === 404))
                throw error;
        }
        const single = fileUrl(id, revision, 'model.safetensors');
        try {
            return { source: single, files: 1, tensors: await header(single) };
        }
        catch (error) {
            if (error instanceof HttpError && error.status === 404)
                return undefined;
            throw error;
        }
    }
    async function load(id, revision) {
        const configUrl = fileUrl(id, revision, 'config.json');
        try {
            const response = await get(configUrl, http);
            const config = JSON.parse(await response.text());
            if (typeof config !== 'object' || config === null || Array.isArray(config))
                throw new HttpError(configUrl, 200, 'config.json is not a JSON object');
            const cp = await checkpoint(id, revision);
            const notes = cp ? [] : [`${id} has no safetensors weights at ${revision}: weights are counted from config.json.`];
            return { model: { id, revision, config, configUrl, checkpoint: cp, notes } };
        }
        catch (error) {
            if (error instanceof HttpError)
                return { error: error.message, status: error.status, url: error.url, code: error.code };
            if (error instanceof SyntaxError)
                return { error: `config.json is not JSON (${error.message})`, status: 200, url: configUrl };
            return { error: error.message, status: 0, url: configUrl };
        }
    }
    return {
        model(id, revision) {
            const key = `${id}@${revision}`;
            let answer = cache.get(key);
            if (!answer) {
                answer = load(id, revision);
                cache.set(key, answer);
            }
            return answer;
        },
    };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/workspace-path.ts
// Paths a manifest names (config.json, deployment files) resolve relative to the manifest and
// must stay inside the workspace, symbolic links included: a pull request cannot make the
// action read files outside the checkout.


const inside = (root, path) => path === root || path.startsWith(root.endsWith(external_node_path_namespaceObject.sep) ? root : root + external_node_path_namespaceObject.sep);
/**
 * `written` relative to the folder of `fromFile` (both workspace-relative), checked to stay in
 * `root`. With `directoryFile`, a folder means that file inside it (config.json).
 */
async function workspacePath(root, fromFile, written, field, directoryFile) {
    if ((0,external_node_path_namespaceObject.isAbsolute)(written))
        return { error: `\`${field}\` must be relative to the manifest; "${written}" is absolute.` };
    let target = (0,external_node_path_namespaceObject.resolve)(root, (0,external_node_path_namespaceObject.dirname)(fromFile), written);
    if (!inside(root, target))
        return { error: `\`${field}\` "${written}" leads out of the workspace: refused.` };
    const shown = () => (0,external_node_path_namespaceObject.relative)(root, target).split(external_node_path_namespaceObject.sep).join('/');
    try {
        if (directoryFile && (await (0,promises_namespaceObject.stat)(target)).isDirectory())
            target = (0,external_node_path_namespaceObject.join)(target, directoryFile);
        const real = await (0,promises_namespaceObject.realpath)(target);
        if (!inside(await (0,promises_namespaceObject.realpath)(root), real))
            return { error: `\`${field}\` "${written}" follows a symbolic link out of the workspace: refused.` };
        return { path: shown(), absolute: real };
    }
    catch (e) {
        const error = e;
        if (error.code === 'ENOENT')
            return { error: `\`${field}\` "${written}": no such file (${shown()}).`, missing: true };
        return { error: `\`${field}\` "${written}": ${error.message}.` };
    }
}
/** Workspace-relative path of `written` relative to `fromFile`'s folder, without touching the disk. */
function joinWorkspace(fromFile, written) {
    return (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(fromFile), written).split(external_node_path_namespaceObject.sep).join('/');
}

;// CONCATENATED MODULE: ./src/models/ref.ts
// What a deployment asks of a model source: a Hub repository at a revision, or a config.json
// kept in the repository. The manifest layer names them; an adapter answers them.
function refKey(ref) {
    return ref.kind === 'hub' ? `hub:${ref.id}@${ref.revision}` : `config:${ref.file}:${ref.path}`;
}
const DEFAULT_REVISION = 'main';

;// CONCATENATED MODULE: ./src/models/source.ts
// Answers the models deployments name outside the built-in catalog: from the Hugging Face Hub
// (or a mirror), or from a config.json kept in the repository. Offline, only the latter.
// Every model is asked for once per run, however many deployments name it.





function catalogSuggestions(id) {
    return didYouMean(closest(id, MODELS.map((m) => m.id), 3));
}
function hubError(id, revision, answer, options) {
    const at = revision === DEFAULT_REVISION ? '' : ` at revision ${revision}`;
    const where = `${answer.url} answered ${answer.status}`;
    if (answer.code === 'GatedRepo' || answer.status === 403 || (answer.status === 401 && options.hasToken && answer.code !== 'RepoNotFound')) {
        return options.hasToken
            ? `"${id}" is gated or private on the Hub (${where}) and the token given may not read it: accept the model's terms on its Hub page with that account, or use a token that can.`
            : `"${id}" is gated or private on the Hub (${where}). Set ${options.tokenHint} to a Hugging Face token that may read it.`;
    }
    if (answer.code === 'RevisionNotFound')
        return `"${id}" has no revision "${revision}" on the Hub (${where}).`;
    if (answer.status === 404 || answer.code === 'RepoNotFound') {
        return `Model "${id}" is neither in the built-in catalog nor on the Hub${at} (${where}).${catalogSuggestions(id)}`;
    }
    if (answer.status === 401) {
        // The Hub answers 401 both for a missing repository and for a private one, to an anonymous caller.
        return `"${id}" is not on the Hub, or is private or gated (${where}).${catalogSuggestions(id)} If it exists, set ${options.tokenHint} to a Hugging Face token that may read it.`;
    }
    return `Could not read "${id}"${at} from the Hub: ${answer.url}: ${answer.error}.`;
}
/** A config.json in the repository, refused when its path or a symbolic link leads out of the workspace. */
async function localConfig(root, ref) {
    const where = await workspacePath(root, ref.file, ref.path, 'config', 'config.json');
    if ('error' in where)
        return { error: where.error };
    try {
        const config = JSON.parse(await (0,promises_namespaceObject.readFile)(where.absolute, 'utf8'));
        if (typeof config !== 'object' || config === null || Array.isArray(config))
            return { error: `${where.path} is not a JSON object.` };
        const name = config._name_or_path;
        return { model: { id: typeof name === 'string' && name ? name : where.path, config: config, source: where.path, notes: [] } };
    }
    catch (e) {
        if (e instanceof SyntaxError)
            return { error: `${where.path} is not JSON: ${e.message}.` };
        return { error: `\`config\` "${ref.path}": ${e.message}.` };
    }
}
function createModelSource(options) {
    const cache = new Map();
    const one = async (ref) => {
        if (ref.kind === 'config')
            return localConfig(options.root, ref);
        if (!options.hub) {
            return { error: `Model "${ref.id}" is not in the built-in catalog, and offline mode reads no Hub.${catalogSuggestions(ref.id)} Set \`config:\` to a config.json in the repository, or ${options.offlineHint}.` };
        }
        const answer = await options.hub.model(ref.id, ref.revision);
        if ('error' in answer)
            return { error: hubError(ref.id, ref.revision, answer, options) };
        const m = answer.model;
        const notes = [...m.notes, `Read from the Hub: ${m.configUrl}${m.checkpoint ? ` and ${m.checkpoint.files} safetensors header(s), ${m.checkpoint.tensors.length} tensors` : ''}.`];
        return { model: { id: m.id, config: m.config, checkpoint: m.checkpoint, source: m.configUrl, notes } };
    };
    return {
        async answer(refs) {
            const answers = new Map();
            await Promise.all(refs.map(async (ref) => {
                const key = refKey(ref);
                let pending = cache.get(key);
                if (!pending) {
                    pending = one(ref);
                    cache.set(key, pending);
                }
                answers.set(key, await pending);
            }));
            return answers;
        },
    };
}

;// CONCATENATED MODULE: ./src/models/from-env.ts
// The model source the action and the CLI use: the Hub at HF_ENDPOINT (default huggingface.co)
// with a token, unless offline (also HF_HUB_OFFLINE=1, the Hub libraries' own switch).


function modelSourceFromEnv(settings) {
    const env = settings.env ?? process.env;
    const offline = settings.offline || ['1', 'true', 'yes'].includes((env.HF_HUB_OFFLINE ?? '').toLowerCase());
    const endpoint = env.HF_ENDPOINT?.trim() || DEFAULT_HUB_ENDPOINT;
    return createModelSource({
        root: settings.root,
        hub: offline ? null : createHub({ endpoint, token: settings.token || undefined }),
        tokenHint: settings.tokenHint,
        hasToken: settings.token !== '',
        offlineHint: settings.offlineHint,
    });
}

;// CONCATENATED MODULE: ./src/manifest/glob.ts
// Glob patterns as Actions users write them: `**` crosses folders, `*` and `?` stay inside one,
// `{a,b}` alternates, a leading `!` excludes. Paths are relative and use forward slashes.
function toRegExp(pattern) {
    let source = '';
    let i = 0;
    let braces = 0;
    while (i < pattern.length) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                const slash = pattern[i + 2] === '/';
                source += slash ? '(?:.*/)?' : '.*';
                i += slash ? 3 : 2;
                continue;
            }
            source += '[^/]*';
        }
        else if (c === '?')
            source += '[^/]';
        else if (c === '{') {
            braces += 1;
            source += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces -= 1;
            source += ')';
        }
        else if (c === ',' && braces > 0)
            source += '|';
        else
            source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
        i += 1;
    }
    return new RegExp(`^${source}$`);
}
function compileGlobs(patterns) {
    const set = { include: [], exclude: [] };
    for (const raw of patterns) {
        const trimmed = raw.trim();
        if (!trimmed || trimmed.startsWith('#'))
            continue;
        const negated = trimmed.startsWith('!');
        const pattern = (negated ? trimmed.slice(1) : trimmed).replace(/^\.\//, '');
        (negated ? set.exclude : set.include).push(toRegExp(pattern));
    }
    return set;
}
function matches(set, path) {
    return set.include.some((r) => r.test(path)) && !set.exclude.some((r) => r.test(path));
}

;// CONCATENATED MODULE: ./src/manifest/discover.ts
// Finds manifest files under a folder by glob, the way the action and the CLI both search.



/** Folders never searched: dependencies and VCS data hold no manifests of the user's own. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
/** GitHub workflows live here; a workflow named gpu-fit.yml is not a manifest. */
const WORKFLOWS = '.github/workflows';
async function findManifests(root, patterns) {
    const set = compileGlobs(patterns);
    const found = [];
    const walk = async (dir) => {
        const entries = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const full = (0,external_node_path_namespaceObject.join)(dir, entry.name);
            // Symbolic links are not followed: a link could leave the workspace or loop.
            if (entry.isDirectory()) {
                const rel = (0,external_node_path_namespaceObject.relative)(root, full).split(external_node_path_namespaceObject.sep).join('/');
                if (!SKIPPED_FOLDERS.has(entry.name) && !rel.endsWith(WORKFLOWS))
                    await walk(full);
            }
            else if (entry.isFile()) {
                const rel = (0,external_node_path_namespaceObject.relative)(root, full).split(external_node_path_namespaceObject.sep).join('/');
                if (matches(set, rel))
                    found.push(rel);
            }
        }
    };
    await walk(root);
    return found.sort();
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/manifest/parse.ts
// Reads a manifest's YAML into values that remember where they were written (line, column),
// so every error can point at its field.

/** Converts a parsed YAML node to a YamlValue, with positions from the line counter. */
function converter(file, lineCounter) {
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset ?? 0);
        return { file, line, column: col };
    };
    const convert = (node, source) => {
        if ((0,dist/* isMap */.jh)(node)) {
            const entries = [];
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const keyNode = pair.key;
                const keyPos = at(keyNode?.range?.[0]);
                const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : String(keyNode);
                const value = pair.value
                    ? convert(pair.value, source)
                    : { type: 'scalar', value: null, pos: keyPos };
                entries.push({ key, keyPos, value });
            }
            return { type: 'map', entries, pos: at(node.range?.[0]) };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            return { type: 'seq', items: node.items.map((item) => convert(item, source)), pos: at(node.range?.[0]) };
        }
        if ((0,dist/* isScalar */.jn)(node)) {
            const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
            const lines = node.type === 'BLOCK_FOLDED' && source && node.range ? source.slice(node.range[0], node.range[1]).split('\n').slice(1) : undefined;
            return { type: 'scalar', value: node.value, pos: at(node.range?.[0]), ...(block ? { block } : {}), ...(lines ? { lines } : {}) };
        }
        return { type: 'scalar', value: null, pos: at(undefined) };
    };
    const errorsOf = (doc) => doc.errors.map((e) => ({ ...at(e.pos[0]), message: `YAML syntax: ${e.message.split('\n')[0]}` }));
    return { convert, errorsOf };
}
function parseYaml(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const { convert, errorsOf } = converter(file, lineCounter);
    const errors = errorsOf(doc);
    if (errors.length > 0)
        return { root: null, errors };
    return { root: doc.contents ? convert(doc.contents, text) : null, errors };
}
/** Every document of a multi-document file (Kubernetes manifests, rendered Helm output). */
function parseYamlDocuments(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [];
    const { convert, errorsOf } = converter(file, lineCounter);
    const errors = list.flatMap(errorsOf);
    if (errors.length > 0)
        return { documents: [], errors };
    return { documents: list.filter((d) => d.contents).map((d) => convert(d.contents, text)), errors };
}
function describe(value) {
    if (value.type === 'map')
        return 'a mapping';
    if (value.type === 'seq')
        return 'a list';
    if (value.value === null)
        return 'empty';
    if (typeof value.value === 'string')
        return `the text "${value.value}"`;
    return `${typeof value.value} ${String(value.value)}`;
}

;// CONCATENATED MODULE: ./src/manifest/resolve.ts
// Turns a validated deployment into the estimator's input: looks the model and the GPU up in
// the catalogs, applies defaults, and reports lookup failures at the field that caused them.






/** Stands in for the GPU when none was named (gpu-fit estimate without --gpu). */
const NO_GPU = { name: '(no GPU given)', memoryBytes: 0 };
function resolve_get(decl, key) {
    return decl.fields[key];
}
function architectureFromFields(fields) {
    const config = { model_type: 'custom' };
    for (const [key, located] of Object.entries(fields))
        if (key !== 'num_parameters')
            config[key] = located.value;
    const arch = normalizeConfig(config);
    return { ...arch, numParametersGiven: fields.num_parameters.value };
}
/** Ollama's default num_ctx since v0.15.5: by total VRAM (server/routes.go), capped at the model's context. */
function ollamaDefaultContext(totalVram, modelContext) {
    const tier = totalVram >= 47 * GiB ? 262144 : totalVram >= 23 * GiB ? 32768 : 4096;
    return modelContext ? Math.min(tier, modelContext) : tier;
}
/**
 * The model a deployment needs from outside the built-in catalog: a config.json in the
 * repository, or a Hub repository the catalog does not hold. Null when the catalog (or raw
 * architecture numbers) is enough.
 */
function modelRef(decl) {
    const config = resolve_get(decl, 'config');
    if (config)
        return { kind: 'config', file: decl.pos.file, path: config.value };
    const model = resolve_get(decl, 'model');
    if (!model)
        return null;
    const lookup = findModel(model.value);
    if ('model' in lookup)
        return null;
    // A catalog model's name without its organisation is a slip, not a Hub repository.
    if (!model.value.includes('/') && lookup.suggestions.some((s) => s.toLowerCase().endsWith(`/${model.value.toLowerCase()}`)))
        return null;
    return { kind: 'hub', id: model.value, revision: resolve_get(decl, 'revision')?.value ?? DEFAULT_REVISION };
}
const NO_ANSWERS = new Map();
function resolveDeployment(decl, models = NO_ANSWERS) {
    const errors = [];
    const notes = [...(decl.notes ?? [])];
    const at = (pos, message) => errors.push({ ...pos, message });
    const engine = (resolve_get(decl, 'engine')?.value ?? 'generic');
    let architecture;
    let modelId = null;
    let modelLabel = '';
    let quantizationConfig;
    let impliedFormat;
    let impliedBits;
    let checkpoint;
    const model = resolve_get(decl, 'model');
    const configField = resolve_get(decl, 'config');
    const ref = modelRef(decl);
    const answer = ref ? models.get(refKey(ref)) : undefined;
    /** A model read from the Hub or the repository: its config.json, and its checkpoint where read. */
    const useSourced = (sourced, pos) => {
        try {
            architecture = normalizeConfig(sourced.config);
        }
        catch (e) {
            at(pos, `${sourced.source}: ${e.message}.`);
            return;
        }
        modelId = model?.value ?? sourced.id;
        modelLabel = modelId;
        checkpoint = sourced.checkpoint;
        const qc = sourced.config.quantization_config;
        if (qc && typeof qc === 'object')
            quantizationConfig = qc;
        notes.push(...sourced.notes);
    };
    if (answer) {
        if ('model' in answer)
            useSourced(answer.model, (configField ?? model).pos);
        else
            at((configField ?? model).pos, answer.error);
    }
    else if (configField) {
        at(configField.pos, '`config` is read only where the check has the repository\'s files (the action and the CLI); here it was not read.');
    }
    else if (model) {
        const lookup = findModel(model.value);
        if ('model' in lookup) {
            architecture = architectureOf(lookup.model);
            modelId = lookup.implied ? model.value : lookup.model.id;
            modelLabel = modelId;
            const qc = lookup.model.config.quantization_config;
            if (qc && typeof qc === 'object')
                quantizationConfig = qc;
            if (lookup.implied) {
                impliedFormat = lookup.implied.format;
                impliedBits = lookup.implied.bits;
                notes.push(`${model.value} is read as ${lookup.model.id} quantized with ${impliedFormat === 'gguf' ? 'a GGUF type' : impliedFormat}, as its name says.`);
            }
        }
        else
            at(model.pos, lookup.error);
    }
    else {
        const arch = resolve_get(decl, 'architecture');
        if (arch) {
            architecture = architectureFromFields(arch.value);
            const p = architecture.numParametersGiven;
            const size = p >= 1e9 ? `${(p / 1e9).toPrecision(3)}B` : `${(p / 1e6).toPrecision(3)}M`;
            modelLabel = `custom ${size} (L=${architecture.numHiddenLayers}, H=${architecture.hiddenSize})`;
        }
    }
    const gpuDecl = resolve_get(decl, 'gpu');
    let gpu;
    if (!gpuDecl && decl.requireGpu) {
        gpu = undefined; // reported by validation
    }
    else if (!gpuDecl) {
        // Only the CLI's estimate command runs without a GPU: it shows what is needed, no verdict.
        gpu = NO_GPU;
    }
    else if (gpuDecl.value.memoryBytes !== undefined) {
        // A custom card: its memory is taken as the total the engines see. A catalog name keeps the
        // card's architecture (kernels, NCCL) with the memory given.
        const known = findGpu(gpuDecl.value.name);
        const traits = 'gpu' in known ? toGpu(known.gpu) : undefined;
        gpu = {
            name: gpuDecl.value.name,
            memoryBytes: gpuDecl.value.memoryBytes,
            architecture: traits?.architecture,
            computeCapability: traits?.computeCapability,
            interconnect: traits?.interconnect,
        };
    }
    else {
        const lookup = findGpu(gpuDecl.value.name);
        if ('gpu' in lookup)
            gpu = toGpu(lookup.gpu);
        else
            at(gpuDecl.pos, lookup.error);
    }
    const tensorParallelSize = resolve_get(decl, 'tensor_parallel_size')?.value ?? 1;
    const pipelineParallelSize = resolve_get(decl, 'pipeline_parallel_size')?.value ?? 1;
    let maxModelLen = resolve_get(decl, 'max_model_len')?.value;
    if (architecture && maxModelLen === undefined) {
        if (engine === 'ollama' && gpu) {
            maxModelLen = ollamaDefaultContext(gpu.memoryBytes * tensorParallelSize * pipelineParallelSize, architecture.maxPositionEmbeddings);
            notes.push(`max_model_len not set: Ollama's default num_ctx for this much VRAM is ${maxModelLen}.`);
        }
        else if (architecture.maxPositionEmbeddings) {
            maxModelLen = architecture.maxPositionEmbeddings;
            notes.push(`max_model_len not set: using the model's max_position_embeddings (${maxModelLen}), as vLLM does.`);
        }
        else {
            at(decl.pos, `Deployment "${decl.name}" needs \`max_model_len\` (tokens per sequence): its architecture gives no max_position_embeddings.`);
        }
    }
    if (architecture?.maxPositionEmbeddings && maxModelLen && maxModelLen > architecture.maxPositionEmbeddings) {
        notes.push(`max_model_len ${maxModelLen} is longer than the model's max_position_embeddings (${architecture.maxPositionEmbeddings}); vLLM refuses it unless VLLM_ALLOW_LONG_MAX_MODEL_LEN=1.`);
    }
    // Quantization: the manifest's, else what the repository name implies; GGUF types belong to llama.cpp/Ollama.
    const quantizationField = resolve_get(decl, 'quantization');
    let quantization = quantizationField?.value ?? null;
    if (quantization === null && impliedFormat && impliedFormat !== 'gguf')
        quantization = impliedFormat;
    if (impliedFormat === 'gguf' && quantization === null && (engine === 'llama.cpp' || engine === 'ollama')) {
        quantization = 'Q4_K_M';
        notes.push('A GGUF repository holds several files: Q4_K_M is assumed; set `quantization` to the file\'s type.');
    }
    if (quantization && normalizeFtype(quantization) && !['llama.cpp', 'ollama', 'generic'].includes(engine)) {
        at(quantizationField.pos, `\`quantization\` ${quantization} is a GGUF type, which ${engine} does not serve: use engine llama.cpp or ollama, or a format such as awq, gptq or fp8.`);
    }
    const memFractionStatic = resolve_get(decl, 'mem_fraction_static');
    if (memFractionStatic && engine !== 'sglang') {
        at(memFractionStatic.pos, `\`mem_fraction_static\` is SGLang's setting; for ${engine} use \`gpu_memory_utilization\`.`);
    }
    if (errors.length > 0 || !architecture || !gpu || maxModelLen === undefined)
        return { errors };
    const fieldPositions = { deployment: decl.pos };
    for (const [key, located] of Object.entries(decl.fields))
        fieldPositions[key] = located.pos;
    return {
        deployment: {
            name: decl.name,
            pos: decl.pos,
            gpuCount: tensorParallelSize * pipelineParallelSize,
            gpuName: gpu.name,
            modelLabel,
            fieldPositions,
            notes,
            input: {
                model: { id: modelId, architecture, quantizationConfig, checkpoint },
                gpu,
                serving: {
                    engine,
                    engineVersion: resolve_get(decl, 'engine_version')?.value,
                    dtype: (resolve_get(decl, 'dtype')?.value ?? 'auto'),
                    quantization,
                    bits: resolve_get(decl, 'bits')?.value ?? impliedBits,
                    groupSize: resolve_get(decl, 'group_size')?.value,
                    kvCacheDtype: resolve_get(decl, 'kv_cache_dtype')?.value ?? 'auto',
                    maxModelLen,
                    concurrency: resolve_get(decl, 'concurrency')?.value ?? 1,
                    tensorParallelSize,
                    pipelineParallelSize,
                    gpuMemoryUtilization: resolve_get(decl, 'gpu_memory_utilization')?.value ?? memFractionStatic?.value,
                    maxNumSeqs: resolve_get(decl, 'max_num_seqs')?.value,
                    maxNumBatchedTokens: resolve_get(decl, 'max_num_batched_tokens')?.value,
                    blockSize: resolve_get(decl, 'block_size')?.value,
                    enforceEager: resolve_get(decl, 'enforce_eager')?.value,
                    nGpuLayers: resolve_get(decl, 'n_gpu_layers')?.value,
                    flashAttention: resolve_get(decl, 'flash_attention')?.value,
                },
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/manifest/validate.ts
// Checks a parsed manifest against the field declarations. It reports every problem it finds
// (unknown field, wrong type, out-of-range value) with its position and a "did you mean", and
// keeps the deployments that are valid so one mistake does not hide the others.





function error(pos, message) {
    return { ...pos, message };
}
/** vLLM's human-readable integers: 8k = 8000, 8K = 8192 (vllm/engine/arg_utils.py human_readable_int). */
function humanReadableInt(text) {
    const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([kKmMgG]?)\s*$/.exec(text);
    if (!match)
        return undefined;
    const suffix = match[2];
    const decimal = { k: 1e3, m: 1e6, g: 1e9 };
    const binary = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 };
    const scale = suffix === '' ? 1 : (decimal[suffix] ?? binary[suffix]);
    const value = Number(match[1]) * scale;
    return Number.isInteger(value) ? value : undefined;
}
function validateField(name, spec, node, errors) {
    const where = `\`${name}\``;
    const fail = (message) => {
        errors.push(error(node.pos, message));
        return undefined;
    };
    const scalar = node.type === 'scalar' ? node.value : undefined;
    switch (spec.kind) {
        case 'string': {
            if (typeof scalar === 'string' && scalar.trim() !== '')
                return scalar.trim();
            return fail(`${where} must be text, got ${describe(node)}.`);
        }
        case 'enum': {
            if (scalar === null && spec.nullable)
                return null;
            if (typeof scalar !== 'string')
                return fail(`${where} must be one of ${spec.values.join(', ')}; got ${describe(node)}.`);
            const lower = scalar.toLowerCase();
            const hit = spec.values.find((v) => v.toLowerCase() === lower) ?? spec.aliases?.[lower];
            if (hit)
                return hit;
            return fail(`${where} "${scalar}" is not one of ${spec.values.join(', ')}.` +
                didYouMean(closest(scalar, [...spec.values, ...Object.keys(spec.aliases ?? {})], 1)));
        }
        case 'integer': {
            let value = scalar;
            if (typeof value === 'string' && spec.humanReadable)
                value = humanReadableInt(value) ?? value;
            if (typeof value !== 'number' || !Number.isInteger(value)) {
                return fail(`${where} must be a whole number, got ${describe(node)}.`);
            }
            if (value < spec.min)
                return fail(`${where} must be at least ${spec.min}, got ${value}.`);
            if (spec.max !== undefined && value > spec.max)
                return fail(`${where} must be at most ${spec.max}, got ${value}.`);
            return value;
        }
        case 'number': {
            if (typeof scalar !== 'number' || !Number.isFinite(scalar))
                return fail(`${where} must be a number, got ${describe(node)}.`);
            const tooLow = spec.exclusiveMin ? scalar <= spec.min : scalar < spec.min;
            if (tooLow || scalar > spec.max) {
                return fail(`${where} must be ${spec.exclusiveMin ? 'above' : 'at least'} ${spec.min} and at most ${spec.max}, got ${scalar}.`);
            }
            return scalar;
        }
        case 'boolean': {
            if (typeof scalar === 'boolean')
                return scalar;
            return fail(`${where} must be true or false, got ${describe(node)}.`);
        }
        case 'count': {
            if (typeof scalar !== 'number' && typeof scalar !== 'string')
                return fail(`${where} must be a number such as 7.0e9 or "7B", got ${describe(node)}.`);
            try {
                const value = parseCount(scalar);
                if (!(value > 0))
                    return fail(`${where} must be positive, got ${describe(node)}.`);
                return value;
            }
            catch (e) {
                return fail(`${where}: ${e.message}.`);
            }
        }
        case 'quantization': {
            if (scalar === null || scalar === false)
                return null;
            if (typeof scalar !== 'string')
                return fail(`${where} must be a format name such as fp8, awq or gptq, got ${describe(node)}.`);
            if (scalar.toLowerCase() === 'none')
                return null;
            if (!isKnownQuantization(scalar)) {
                return fail(`${where} "${scalar}" is not a known format.` + didYouMean(closest(scalar, QUANTIZATION_NAMES, 2)));
            }
            return scalar.toLowerCase();
        }
        case 'gpu':
            return validateGpu(node, errors);
        case 'object': {
            if (node.type !== 'map')
                return fail(`${where} must be a mapping of ${Object.keys(spec.fields).join(', ')}; got ${describe(node)}.`);
            return validateMap(node, spec.fields, spec.required, `${name}.`, errors);
        }
    }
}
function validateGpu(node, errors) {
    if (node.type === 'scalar') {
        if (typeof node.value === 'string' && node.value.trim() !== '')
            return { name: node.value.trim() };
        errors.push(error(node.pos, `\`gpu\` must be a GPU name such as L4 or H100, or {name, memory}; got ${describe(node)}.`));
        return undefined;
    }
    if (node.type !== 'map') {
        errors.push(error(node.pos, '`gpu` must be a GPU name or a mapping {name, memory}.'));
        return undefined;
    }
    const before = errors.length;
    let name;
    let memoryBytes;
    for (const entry of node.entries) {
        if (entry.key === 'name') {
            if (entry.value.type === 'scalar' && typeof entry.value.value === 'string' && entry.value.value.trim()) {
                name = entry.value.value.trim();
            }
            else
                errors.push(error(entry.value.pos, '`gpu.name` must be text.'));
        }
        else if (entry.key === 'memory') {
            const value = entry.value.type === 'scalar' ? entry.value.value : undefined;
            if (typeof value === 'number') {
                errors.push(error(entry.value.pos, `\`gpu.memory\` needs a unit: write "${value} GiB" (as nvidia-smi and vLLM print) or "${value} GB" (as spec sheets print).`));
            }
            else if (typeof value === 'string') {
                try {
                    memoryBytes = parseMemory(value);
                    if (memoryBytes <= 0)
                        errors.push(error(entry.value.pos, '`gpu.memory` must be positive.'));
                }
                catch (e) {
                    errors.push(error(entry.value.pos, `\`gpu.memory\`: ${e.message}.`));
                }
            }
            else
                errors.push(error(entry.value.pos, '`gpu.memory` must be a size with its unit, e.g. "47.5 GiB".'));
        }
        else {
            errors.push(error(entry.keyPos, `\`gpu.${entry.key}\` is not a field of gpu (name, memory).` + didYouMean(closest(entry.key, ['name', 'memory'], 1))));
        }
    }
    if (name === undefined && errors.length === before)
        errors.push(error(node.pos, '`gpu` needs a `name`.'));
    if (errors.length > before)
        return undefined;
    return { name: name, memoryBytes };
}
function validateMap(node, fields, required, prefix, errors) {
    const values = {};
    for (const entry of node.entries) {
        const spec = fields[entry.key];
        if (!spec) {
            errors.push(error(entry.keyPos, `\`${prefix}${entry.key}\` is not a known field.` + didYouMean(closest(entry.key, Object.keys(fields), 1).map((f) => prefix + f))));
            continue;
        }
        const value = validateField(prefix + entry.key, spec, entry.value, errors);
        if (value !== undefined)
            values[entry.key] = { value, pos: entry.value.pos };
    }
    for (const key of required) {
        if (!(key in values) && !node.entries.some((e) => e.key === key)) {
            errors.push(error(node.pos, `\`${prefix}${key}\` is required.`));
        }
    }
    return values;
}
function validateDeployment(name, keyPos, node, requireGpu) {
    const errors = [];
    if (node.type !== 'map') {
        errors.push(error(node.pos, `Deployment "${name}" must be a mapping of fields (model, engine, gpu, ...), got ${describe(node)}.`));
        return { name, pos: keyPos, decl: null, errors };
    }
    const fields = validateMap(node, DEPLOYMENT_FIELDS, [], '', errors);
    const has = (key) => node.entries.some((e) => e.key === key);
    const from = fields.from;
    if (from) {
        // The rest comes from the deployment file; checked when merged with it.
        const workload = fields.workload;
        return { name, pos: keyPos, decl: null, errors: [], from: { path: from, workload, node } };
    }
    if (has('workload'))
        errors.push(error(keyPos, `Deployment "${name}" has \`workload\` without \`from\`: name the deployment file it picks from.`));
    if (!has('model') && !has('config') && !has('architecture')) {
        errors.push(error(keyPos, `Deployment "${name}" needs \`model\` (a Hugging Face id), \`config\` (a config.json in the repository) or \`architecture\` (raw numbers).`));
    }
    else if (has('architecture') && (has('model') || has('config'))) {
        errors.push(error(keyPos, `Deployment "${name}" has both \`${has('model') ? 'model' : 'config'}\` and \`architecture\`: keep one.`));
    }
    if (requireGpu && !node.entries.some((e) => e.key === 'gpu')) {
        errors.push(error(keyPos, `Deployment "${name}" needs \`gpu\`: a catalog name such as L4, or {name, memory}.`));
    }
    return { name, pos: keyPos, decl: { name, pos: keyPos, fields, requireGpu }, errors };
}
function validateManifest(root, file, requireGpu = true) {
    const start = { file, line: 1, column: 1 };
    if (!root || root.type !== 'map') {
        return {
            deployments: [],
            errors: [error(root?.pos ?? start, 'A gpu-fit manifest is a mapping with `version: 1` and `deployments:`.')],
        };
    }
    const errors = [];
    const version = root.entries.find((e) => e.key === 'version');
    if (!version)
        errors.push(error(root.pos, '`version` is required: add `version: 1` at the top.'));
    else if (version.value.type !== 'scalar' || version.value.value !== MANIFEST_VERSION) {
        errors.push(error(version.value.pos, `\`version\` must be ${MANIFEST_VERSION}, got ${describe(version.value)}.`));
    }
    for (const entry of root.entries) {
        if (!TOP_LEVEL_FIELDS.includes(entry.key)) {
            const hint = entry.key in DEPLOYMENT_FIELDS ? ' Deployment fields go under `deployments: <name>:`.' : didYouMean(closest(entry.key, TOP_LEVEL_FIELDS, 1));
            errors.push(error(entry.keyPos, `\`${entry.key}\` is not a top-level field (version, deployments).${hint}`));
        }
    }
    const deploymentsEntry = root.entries.find((e) => e.key === 'deployments');
    if (!deploymentsEntry) {
        errors.push(error(root.pos, '`deployments` is required: a mapping from deployment name to its fields.'));
        return { deployments: [], errors };
    }
    const node = deploymentsEntry.value;
    if (node.type !== 'map') {
        errors.push(error(node.pos, `\`deployments\` must be a mapping from deployment name to its fields, got ${describe(node)}.`));
        return { deployments: [], errors };
    }
    if (node.entries.length === 0)
        errors.push(error(node.pos, '`deployments` is empty.'));
    return { deployments: node.entries.map((e) => validateDeployment(e.key, e.keyPos, e.value, requireGpu)), errors };
}

;// CONCATENATED MODULE: ./src/manifest/load.ts
// One manifest's text → deployments ready to estimate, and the ones that failed with their
// errors. Parsing and resolving are two steps, so the models a manifest names outside the
// catalog can be fetched in between (Hub, repository files) while resolution stays pure.



/** Row name for problems that belong to the file rather than to one deployment. */
const MANIFEST_ROW = '(manifest)';
function parseManifest(text, file, requireGpu = true) {
    const parsed = parseYaml(text, file);
    if (parsed.errors.length > 0) {
        return { file, deployments: [], failed: [{ name: MANIFEST_ROW, file, line: parsed.errors[0].line, errors: parsed.errors }] };
    }
    const validated = validateManifest(parsed.root, file, requireGpu);
    const failed = validated.errors.length > 0 ? [{ name: MANIFEST_ROW, file, line: validated.errors[0].line, errors: validated.errors }] : [];
    return { file, deployments: validated.deployments, failed };
}
/** Models the manifest's deployments name outside the built-in catalog. */
function modelRefs(parsed) {
    return parsed.deployments.flatMap((d) => {
        const ref = d.decl ? modelRef(d.decl) : null;
        return ref ? [ref] : [];
    });
}
function resolveManifest(parsed, models) {
    const failed = [...parsed.failed];
    const resolved = [];
    for (const d of parsed.deployments) {
        if (d.from) {
            const message = '`from` is read only where the check has the repository\'s files (the action and the CLI).';
            failed.push({ name: d.name, file: parsed.file, line: d.pos.line, errors: [{ ...d.from.path.pos, message }] });
            continue;
        }
        // Lookups run even when a field failed, so every problem of a deployment shows at once.
        const resolution = d.decl ? resolveDeployment(d.decl, models) : { errors: [] };
        const errors = [...d.errors, ...('errors' in resolution ? resolution.errors : [])];
        if ('deployment' in resolution && errors.length === 0)
            resolved.push(resolution.deployment);
        else
            failed.push({ name: d.name, file: parsed.file, line: d.pos.line, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) });
    }
    return { file: parsed.file, resolved, failed };
}
function loadManifest(text, file, requireGpu = true, models) {
    return resolveManifest(parseManifest(text, file, requireGpu), models);
}

;// CONCATENATED MODULE: ./catalog/ollama.json
const ollama_namespaceObject = /*#__PURE__*/JSON.parse('{"an":{"N":"Q4_K_M"},"Jn":[{"name":"llama3.1","default":"8b","sizes":{"8b":"meta-llama/Llama-3.1-8B-Instruct","70b":"meta-llama/Llama-3.1-70B-Instruct","405b":"meta-llama/Llama-3.1-405B-Instruct"},"source":"https://ollama.com/library/llama3.1/tags"},{"name":"llama3.2","default":"3b","sizes":{"1b":"meta-llama/Llama-3.2-1B-Instruct","3b":"meta-llama/Llama-3.2-3B-Instruct"},"source":"https://ollama.com/library/llama3.2/tags"},{"name":"llama3.3","default":"70b","sizes":{"70b":"meta-llama/Llama-3.3-70B-Instruct"},"source":"https://ollama.com/library/llama3.3/tags"},{"name":"llama3","default":"8b","sizes":{"8b":"meta-llama/Meta-Llama-3-8B-Instruct","70b":"meta-llama/Meta-Llama-3-70B-Instruct"},"source":"https://ollama.com/library/llama3/tags"},{"name":"llama2","default":"7b","sizes":{"7b":"meta-llama/Llama-2-7b-chat-hf","13b":"meta-llama/Llama-2-13b-chat-hf","70b":"meta-llama/Llama-2-70b-chat-hf"},"source":"https://ollama.com/library/llama2/tags"},{"name":"qwen2.5","default":"7b","sizes":{"0.5b":"Qwen/Qwen2.5-0.5B-Instruct","1.5b":"Qwen/Qwen2.5-1.5B-Instruct","3b":"Qwen/Qwen2.5-3B-Instruct","7b":"Qwen/Qwen2.5-7B-Instruct","14b":"Qwen/Qwen2.5-14B-Instruct","32b":"Qwen/Qwen2.5-32B-Instruct","72b":"Qwen/Qwen2.5-72B-Instruct"},"source":"https://ollama.com/library/qwen2.5/tags"},{"name":"qwen2.5-coder","default":"7b","sizes":{"7b":"Qwen/Qwen2.5-Coder-7B-Instruct","32b":"Qwen/Qwen2.5-Coder-32B-Instruct"},"source":"https://ollama.com/library/qwen2.5-coder/tags"},{"name":"qwen3","default":"8b","sizes":{"0.6b":"Qwen/Qwen3-0.6B","1.7b":"Qwen/Qwen3-1.7B","4b":"Qwen/Qwen3-4B","8b":"Qwen/Qwen3-8B","14b":"Qwen/Qwen3-14B","32b":"Qwen/Qwen3-32B","30b":"Qwen/Qwen3-30B-A3B","235b":"Qwen/Qwen3-235B-A22B"},"source":"https://ollama.com/library/qwen3/tags"},{"name":"gemma3","default":"4b","sizes":{"1b":"google/gemma-3-1b-it","4b":"google/gemma-3-4b-it","12b":"google/gemma-3-12b-it","27b":"google/gemma-3-27b-it"},"source":"https://ollama.com/library/gemma3/tags"},{"name":"gemma2","default":"9b","sizes":{"2b":"google/gemma-2-2b-it","9b":"google/gemma-2-9b-it","27b":"google/gemma-2-27b-it"},"source":"https://ollama.com/library/gemma2/tags"},{"name":"mistral","default":"7b","sizes":{"7b":"mistralai/Mistral-7B-Instruct-v0.3"},"source":"https://ollama.com/library/mistral/tags (v0.3)"},{"name":"mistral-nemo","default":"12b","sizes":{"12b":"mistralai/Mistral-Nemo-Instruct-2407"},"source":"https://ollama.com/library/mistral-nemo/tags"},{"name":"mistral-small","default":"24b","sizes":{"24b":"mistralai/Mistral-Small-24B-Instruct-2501"},"source":"https://ollama.com/library/mistral-small/tags"},{"name":"mixtral","default":"8x7b","sizes":{"8x7b":"mistralai/Mixtral-8x7B-Instruct-v0.1","8x22b":"mistralai/Mixtral-8x22B-Instruct-v0.1"},"source":"https://ollama.com/library/mixtral/tags"},{"name":"phi4","default":"14b","sizes":{"14b":"microsoft/phi-4"},"source":"https://ollama.com/library/phi4/tags"},{"name":"phi4-mini","default":"3.8b","sizes":{"3.8b":"microsoft/Phi-4-mini-instruct"},"source":"https://ollama.com/library/phi4-mini/tags"},{"name":"deepseek-r1","default":null,"sizes":{"1.5b":"deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B","7b":"deepseek-ai/DeepSeek-R1-Distill-Qwen-7B","14b":"deepseek-ai/DeepSeek-R1-Distill-Qwen-14B","32b":"deepseek-ai/DeepSeek-R1-Distill-Qwen-32B","70b":"deepseek-ai/DeepSeek-R1-Distill-Llama-70B","671b":"deepseek-ai/DeepSeek-R1"},"source":"https://ollama.com/library/deepseek-r1/tags (the untagged default is an 8B Qwen3 distill the catalog lacks)"},{"name":"command-r7b","default":"7b","sizes":{"7b":"CohereForAI/c4ai-command-r7b-12-2024"},"source":"https://ollama.com/library/command-r7b/tags"},{"name":"tinyllama","default":"1.1b","sizes":{"1.1b":"TinyLlama/TinyLlama-1.1B-Chat-v1.0"},"source":"https://ollama.com/library/tinyllama/tags"}]}');
;// CONCATENATED MODULE: ./src/sources/ollama-models.ts
// Ollama library names (llama3.1, qwen2.5:14b, gemma3:12b-it-q8_0) → the Hugging Face model
// each quantizes and its GGUF type, from catalog/ollama.json.


const ollama_models_MODELS = ollama_namespaceObject.Jn;
function ollamaModel(reference) {
    const ref = reference.replace(/^(?:registry\.ollama\.ai\/)?(?:library\/)?/, '');
    const [name, tag = 'latest'] = ref.split(':');
    const entry = ollama_models_MODELS.find((m) => m.name === name.toLowerCase());
    if (!entry) {
        return { error: `Ollama model "${reference}" is not in gpu-fit's list of the Ollama library: name it in a gpu-fit manifest with \`from:\` this file and \`model:\` (a Hugging Face id).` };
    }
    const parts = tag === 'latest' ? [] : tag.toLowerCase().split('-');
    const size = parts.find((p) => p in entry.sizes) ?? entry.default;
    const model = size ? entry.sizes[size] : undefined;
    if (!model)
        return { error: `Ollama model "${reference}": say which size (${Object.keys(entry.sizes).join(', ')}).` };
    const typed = parts.map((p) => (p === 'fp16' ? 'F16' : p.toUpperCase())).find((p) => normalizeFtype(p));
    return { model, quantization: typed ?? ollama_namespaceObject.an.N };
}

;// CONCATENATED MODULE: ./src/sources/server-fields.ts
// An engine's own options, as gpu-fit deployment fields: each engine's flag names (and the
// environment variables it reads in their place) mapped to the manifest's vLLM/HF names, with
// the place each was written so annotations can point at it.


// vllm/engine/arg_utils.py EngineArgs.add_cli_args
const VLLM = {
    model: { flags: ['model'] },
    revision: { flags: ['revision'] },
    tensor_parallel_size: { flags: ['tensor-parallel-size', 'tp'] },
    pipeline_parallel_size: { flags: ['pipeline-parallel-size', 'pp'] },
    max_model_len: { flags: ['max-model-len'] },
    gpu_memory_utilization: { flags: ['gpu-memory-utilization'] },
    dtype: { flags: ['dtype'] },
    quantization: { flags: ['quantization', 'q'] },
    kv_cache_dtype: { flags: ['kv-cache-dtype'] },
    max_num_seqs: { flags: ['max-num-seqs'] },
    max_num_batched_tokens: { flags: ['max-num-batched-tokens'] },
    block_size: { flags: ['block-size'] },
    enforce_eager: { flags: ['enforce-eager'] },
};
// python/sglang/srt/server_args.py ServerArgs.add_cli_args
const SGLANG = {
    model: { flags: ['model-path', 'model'] },
    revision: { flags: ['revision'] },
    tensor_parallel_size: { flags: ['tensor-parallel-size', 'tp-size', 'tp'] },
    pipeline_parallel_size: { flags: ['pipeline-parallel-size', 'pp-size', 'pp'] },
    max_model_len: { flags: ['context-length'] },
    mem_fraction_static: { flags: ['mem-fraction-static'] },
    dtype: { flags: ['dtype'] },
    quantization: { flags: ['quantization'] },
    kv_cache_dtype: { flags: ['kv-cache-dtype'] },
    max_num_seqs: { flags: ['max-running-requests'] },
    max_num_batched_tokens: { flags: ['chunked-prefill-size'] },
};
// launcher/src/main.rs Args: every flag also reads the environment variable of its name.
const TGI = {
    model: { flags: ['model-id'], env: ['MODEL_ID'] },
    revision: { flags: ['revision'], env: ['REVISION'] },
    tensor_parallel_size: { flags: ['num-shard'], env: ['NUM_SHARD'] },
    quantization: { flags: ['quantize'], env: ['QUANTIZE'] },
    dtype: { flags: ['dtype'], env: ['DTYPE'] },
    kv_cache_dtype: { flags: ['kv-cache-dtype'], env: ['KV_CACHE_DTYPE'] },
    max_model_len: { flags: ['max-total-tokens'], env: ['MAX_TOTAL_TOKENS'] },
    max_num_batched_tokens: { flags: ['max-batch-prefill-tokens'], env: ['MAX_BATCH_PREFILL_TOKENS'] },
    gpu_memory_utilization: { flags: ['cuda-memory-fraction'], env: ['CUDA_MEMORY_FRACTION'] },
};
// tools/server (common/arg.cpp): short and long names, and the LLAMA_ARG_* variables.
const LLAMA_CPP = {
    n_gpu_layers: { flags: ['ngl', 'n-gpu-layers', 'gpu-layers'], env: ['LLAMA_ARG_N_GPU_LAYERS'] },
    kv_cache_dtype: { flags: ['ctk', 'cache-type-k'], env: ['LLAMA_ARG_CACHE_TYPE_K'] },
};
const MAPPINGS = { vllm: VLLM, sglang: SGLANG, tgi: TGI, 'llama.cpp': LLAMA_CPP };
function server_fields_option(server, env, spec) {
    for (const flag of spec.flags) {
        const hit = server.options.get(flag);
        if (hit)
            return { key: '', value: hit.value.text, pos: hit.value.pos, label: hit.flag };
    }
    for (const name of spec.env ?? []) {
        const hit = env.get(name);
        if (hit)
            return { key: '', value: hit.value, pos: hit.pos, label: `env ${name}` };
    }
    return undefined;
}
/** A GGUF file name → the catalog model it quantizes, and its type: Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf. */
function ggufFileModel(path) {
    const file = path.slice(path.lastIndexOf('/') + 1).replace(/\.gguf$/i, '').replace(/-\d{5}-of-\d{5}$/, '');
    const match = /[-._]((?:I?Q\d_[A-Z0-9_]+?|Q\d_\d|BF16|F16|F32|MXFP4(?:_MOE)?))$/i.exec(file);
    const name = match ? file.slice(0, match.index) : file;
    const quantization = match && normalizeFtype(match[1]) ? match[1].toUpperCase() : undefined;
    const lookup = findModel(`${name}-GGUF`);
    return 'model' in lookup ? { model: `${name}-GGUF`, quantization } : undefined;
}
function llamaCppModel(server, env, fields, notes) {
    const repo = server_fields_option(server, env, { flags: ['hf-repo', 'hf', 'hfr'], env: ['LLAMA_ARG_HF_REPO'] });
    if (repo) {
        const [id, tag] = String(repo.value).split(':');
        fields.push({ ...repo, key: 'model', value: id });
        const file = server_fields_option(server, env, { flags: ['hf-file', 'hff'], env: ['LLAMA_ARG_HF_FILE'] });
        const type = tag ?? (file ? ggufFileModel(String(file.value))?.quantization : undefined);
        // llama-server picks Q4_K_M from a repository when no tag names the type (common/arg.cpp).
        fields.push({ ...repo, key: 'quantization', value: type ?? 'Q4_K_M' });
        return undefined;
    }
    const model = server_fields_option(server, env, { flags: ['m', 'model'], env: ['LLAMA_ARG_MODEL'] });
    if (!model)
        return { message: 'llama-server is started without -m or -hf: gpu-fit cannot tell the model.', pos: server.pos };
    const known = ggufFileModel(String(model.value));
    if (!known) {
        return {
            message: `gpu-fit cannot tell which model the file ${model.value} holds (${model.label}): name it in a gpu-fit manifest with \`from:\` this file and \`model:\` (a Hugging Face id) and \`quantization:\` (its GGUF type).`,
            pos: model.pos,
        };
    }
    fields.push({ ...model, key: 'model', value: known.model });
    if (known.quantization)
        fields.push({ ...model, key: 'quantization', value: known.quantization });
    notes.push(`${model.label} ${model.value} is read as ${known.model} ${known.quantization ?? ''}`.trimEnd() + '.');
    return undefined;
}
/** llama-server's context: -c is shared by -np slots (each gets c / np); without -np, 4 slots share one pool of c. */
function llamaCppContext(server, env, fields, notes) {
    const ctx = server_fields_option(server, env, { flags: ['c', 'ctx-size'], env: ['LLAMA_ARG_CTX_SIZE'] });
    const parallel = server_fields_option(server, env, { flags: ['np', 'parallel'], env: ['LLAMA_ARG_N_PARALLEL'] });
    const slots = parallel ? Number(parallel.value) : NaN;
    const total = ctx ? Number(ctx.value) : NaN;
    if (ctx && Number.isInteger(total) && total > 0) {
        if (Number.isInteger(slots) && slots > 0) {
            fields.push({ ...ctx, key: 'max_model_len', value: Math.floor(total / slots), label: `${ctx.label} ÷ ${parallel.label}` });
            fields.push({ ...parallel, key: 'concurrency', value: slots });
        }
        else {
            fields.push({ ...ctx, key: 'max_model_len', value: total });
            if (!parallel)
                notes.push('llama-server without --parallel: its slots share one KV cache of -c tokens (kv_unified).');
        }
    }
    else if (!ctx)
        notes.push('llama-server without -c: the context is the model\'s training length (or what --fit leaves room for).');
    const fa = server_fields_option(server, env, { flags: ['fa', 'flash-attn'], env: ['LLAMA_ARG_FLASH_ATTN'] });
    if (fa) {
        const v = String(fa.value).toLowerCase();
        if (['true', 'on', '1', 'enabled'].includes(v))
            fields.push({ ...fa, key: 'flash_attention', value: true });
        else if (['off', 'false', '0', 'disabled'].includes(v))
            fields.push({ ...fa, key: 'flash_attention', value: false });
    }
}
/** Ollama's settings come from the server's environment (envconfig/config.go). */
function ollamaFields(env, fields) {
    const fromEnv = (name, key, convert = (v) => v) => {
        const hit = env.get(name);
        const value = hit ? convert(hit.value) : undefined;
        if (hit && value !== undefined)
            fields.push({ key, value, pos: hit.pos, label: `env ${name}` });
    };
    fromEnv('OLLAMA_NUM_PARALLEL', 'concurrency', (v) => Number(v) || undefined);
    fromEnv('OLLAMA_CONTEXT_LENGTH', 'max_model_len');
    fromEnv('OLLAMA_KV_CACHE_TYPE', 'kv_cache_dtype');
    fromEnv('OLLAMA_FLASH_ATTENTION', 'flash_attention', (v) => (['1', 'true'].includes(v.toLowerCase()) ? true : ['0', 'false'].includes(v.toLowerCase()) ? false : undefined));
}
function serverFields(server, env) {
    const fields = [{ key: 'engine', value: server.engine, pos: server.pos, label: server.engine }];
    const notes = [];
    if (server.version && server.engine !== 'llama.cpp')
        fields.push({ key: 'engine_version', value: server.version, pos: server.pos, label: 'image tag' });
    for (const [key, spec] of Object.entries(MAPPINGS[server.engine] ?? {})) {
        const hit = server_fields_option(server, env, spec);
        if (!hit)
            continue;
        if (key === 'enforce_eager')
            fields.push({ ...hit, key, value: hit.value !== 'false' });
        else if (hit.value !== 'true')
            fields.push({ ...hit, key }); // 'true': a valued flag written without its value
    }
    if (server.engine === 'sglang' && server.options.has('disable-cuda-graph')) {
        const hit = server.options.get('disable-cuda-graph');
        fields.push({ key: 'enforce_eager', value: true, pos: hit.value.pos, label: hit.flag });
    }
    if (server.engine === 'vllm' && !fields.some((f) => f.key === 'model') && server.positional) {
        fields.push({ key: 'model', value: server.positional.text, pos: server.positional.pos, label: 'vllm serve MODEL' });
    }
    let missing;
    if (server.engine === 'llama.cpp') {
        missing = llamaCppModel(server, env, fields, notes);
        llamaCppContext(server, env, fields, notes);
    }
    if (server.engine === 'ollama')
        ollamaFields(env, fields);
    if (server.engine === 'vllm' && !fields.some((f) => f.key === 'model'))
        fields.push({ key: 'model', value: 'facebook/opt-125m', pos: server.pos, label: 'vLLM default --model' });
    if (server.engine === 'tgi' && !fields.some((f) => f.key === 'model'))
        fields.push({ key: 'model', value: 'bigscience/bloom-560m', pos: server.pos, label: 'TGI default --model-id' });
    // Flag values that reference variables gpu-fit cannot see (secrets, configMaps).
    const unresolved = fields.find((f) => typeof f.value === 'string' && /\$\(?\{?[A-Za-z_]/.test(f.value));
    if (unresolved && !missing) {
        missing = {
            message: `${unresolved.label} is ${unresolved.value}, from a variable gpu-fit cannot read (a secret or configMap): set \`${unresolved.key}\` in a gpu-fit manifest with \`from:\` this file.`,
            pos: unresolved.pos,
        };
    }
    return { fields, notes, missing };
}

;// CONCATENATED MODULE: ./src/sources/servers.ts
// Which serving engine a container runs, and its options: `vllm serve`, vLLM's OpenAI server
// module, `python -m sglang.launch_server`, `text-generation-launcher`, `llama-server` and
// `ollama serve`, found in the command line or implied by the engine's own image.
/** Flags that take no value, per engine (the ones a command line is likely to carry). */
const BOOLEAN_FLAGS = {
    vllm: new Set([
        'enforce-eager', 'trust-remote-code', 'enable-prefix-caching', 'no-enable-prefix-caching', 'enable-chunked-prefill',
        'no-enable-chunked-prefill', 'disable-log-requests', 'disable-log-stats', 'enable-auto-tool-choice', 'disable-custom-all-reduce',
        'enable-lora', 'enable-expert-parallel', 'disable-sliding-window', 'async-scheduling', 'enable-log-requests', 'disable-frontend-multiprocessing',
    ]),
    sglang: new Set(['trust-remote-code', 'disable-cuda-graph', 'disable-radix-cache', 'enable-torch-compile', 'enable-dp-attention', 'enable-metrics', 'skip-tokenizer-init', 'log-requests']),
    tgi: new Set(['trust-remote-code', 'disable-custom-kernels', 'json-output', 'sharded', 'disable-grammar-support', 'disable-usage-stats']),
    'llama.cpp': new Set(['flash-attn', 'fa', 'cont-batching', 'cb', 'no-mmap', 'mlock', 'embedding', 'embeddings', 'metrics', 'no-webui', 'jinja', 'kv-unified', 'kvu', 'no-kv-offload', 'nkvo', 'verbose', 'v']),
};
const IMAGES = [
    [/(?:^|\/)vllm-openai(?::|@|$)|(?:^|\/)vllm\/vllm(?:-[a-z]+)?(?::|@|$)/, 'vllm'],
    [/(?:^|\/)lmsysorg\/sglang(?::|@|$)/, 'sglang'],
    [/(?:^|\/)text-generation-inference(?::|@|$)/, 'tgi'],
    [/(?:^|\/)llama\.cpp:(?:full|server|light)?/, 'llama.cpp'],
    [/(?:^|\/)ollama\/ollama(?::|@|$)/, 'ollama'],
];
/** The engine an image runs by default (its ENTRYPOINT), or undefined. */
function imageEngine(image) {
    if (!image)
        return undefined;
    return IMAGES.find(([re]) => re.test(image))?.[1];
}
function imageVersion(image) {
    const tag = image && /:v?(\d+\.\d+(?:\.\d+)?)/.exec(image.slice(image.lastIndexOf('/')));
    return tag ? tag[1] : undefined;
}
const base = (word) => word.slice(word.lastIndexOf('/') + 1);
/** The words after the engine's program in one command, and which engine; null when it starts none. */
function startsEngine(words) {
    let i = 0;
    // exec, env, VAR=value and launchers in front of the program
    while (i < words.length && (['exec', 'env', 'nohup', 'time'].includes(words[i].text) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i].text)))
        i += 1;
    const program = words[i];
    if (!program)
        return null;
    const name = base(program.text);
    if (/^python(?:\d(?:\.\d+)?)?$/.test(name) && words[i + 1]?.text === '-m') {
        const module = words[i + 2]?.text ?? '';
        const rest = words.slice(i + 3);
        if (module === 'vllm.entrypoints.openai.api_server' || module === 'vllm.entrypoints.api_server')
            return { engine: 'vllm', rest, pos: program.pos };
        if (module === 'sglang.launch_server')
            return { engine: 'sglang', rest, pos: program.pos };
        if (module === 'text_generation_launcher')
            return { engine: 'tgi', rest, pos: program.pos };
        return null;
    }
    if (name === 'vllm' && words[i + 1]?.text === 'serve')
        return { engine: 'vllm', rest: words.slice(i + 2), pos: program.pos };
    if (name === 'sglang' && words[i + 1]?.text === 'serve')
        return { engine: 'sglang', rest: words.slice(i + 2), pos: program.pos };
    if (name === 'text-generation-launcher')
        return { engine: 'tgi', rest: words.slice(i + 1), pos: program.pos };
    if (name === 'llama-server' || (name === 'server' && words.some((w) => ['-m', '--model', '-hf', '--hf-repo'].includes(w.text)))) {
        return { engine: 'llama.cpp', rest: words.slice(i + 1), pos: program.pos };
    }
    if (name === 'ollama' && words[i + 1]?.text === 'serve')
        return { engine: 'ollama', rest: words.slice(i + 2), pos: program.pos };
    return null;
}
const isFlag = (text) => text.startsWith('-') && text.length > 1 && !/^-\d/.test(text);
const normalizeFlag = (flag) => flag.replace(/^-+/, '').toLowerCase().replace(/_/g, '-');
function parseOptions(engine, words) {
    const options = new Map();
    const booleans = BOOLEAN_FLAGS[engine] ?? new Set();
    let positional;
    for (let i = 0; i < words.length; i += 1) {
        const word = words[i];
        if (!isFlag(word.text)) {
            positional ??= word;
            continue;
        }
        const eq = word.text.indexOf('=');
        const flag = eq > 0 ? word.text.slice(0, eq) : word.text;
        const name = normalizeFlag(flag);
        if (eq > 0)
            options.set(name, { value: { text: word.text.slice(eq + 1), pos: word.pos }, flag });
        else if (!booleans.has(name) && words[i + 1] && !isFlag(words[i + 1].text)) {
            options.set(name, { value: { text: words[i + 1].text, pos: word.pos }, flag });
            i += 1;
        }
        else
            options.set(name, { value: { text: 'true', pos: word.pos }, flag });
    }
    return { options, positional };
}
/**
 * The serving engine a container starts, from its commands, or from its image when the
 * container only passes arguments to the image's entrypoint.
 */
function findServer(commands, image, imagePos, argsOnly, 
/** The engine when the image is not one gpu-fit knows (KServe's Hugging Face server runs vLLM). */
fallback) {
    const version = imageVersion(image);
    for (const words of commands) {
        const started = startsEngine(words);
        if (started)
            return { engine: started.engine, pos: started.pos, version, ...parseOptions(started.engine, started.rest) };
    }
    const engine = imageEngine(image) ?? fallback;
    if (!engine || (engine !== 'ollama' && argsOnly === null && commands.length > 0))
        return null;
    const words = argsOnly ?? [];
    // vllm/vllm-openai's entrypoint is `vllm serve` (or the api_server module): its args may start with the model.
    return { engine, pos: imagePos, version, ...parseOptions(engine, words) };
}

;// CONCATENATED MODULE: ./catalog/instance-types.json
const instance_types_namespaceObject = /*#__PURE__*/JSON.parse('{"i":[{"pattern":"g4dn\\\\..+","gpu":"T4","source":"https://aws.amazon.com/ec2/instance-types/g4/ (G4dn: NVIDIA T4 Tensor Core GPUs)"},{"pattern":"g5\\\\..+","gpu":"A10G","source":"https://aws.amazon.com/ec2/instance-types/g5/ (NVIDIA A10G Tensor Core GPUs, 24 GB)"},{"pattern":"g6\\\\..+","gpu":"L4","source":"https://aws.amazon.com/ec2/instance-types/g6/ (G6: NVIDIA L4 Tensor Core GPUs)"},{"pattern":"gr6\\\\..+","gpu":"L4","source":"https://aws.amazon.com/ec2/instance-types/g6/ (Gr6: NVIDIA L4 with a 1:8 vCPU:RAM ratio)"},{"pattern":"g6e\\\\..+","gpu":"L40S","source":"https://aws.amazon.com/ec2/instance-types/g6e/ (NVIDIA L40S Tensor Core GPUs, 48 GB)"},{"pattern":"p3\\\\..+","gpu":"V100 16GB SXM2","source":"https://aws.amazon.com/ec2/instance-types/p3/ (p3.2xlarge–p3.16xlarge: V100 16 GB)"},{"pattern":"p3dn\\\\..+","gpu":"V100 32GB","source":"https://aws.amazon.com/ec2/instance-types/p3/ (p3dn.24xlarge: 8 × V100 32 GB)"},{"pattern":"p4d\\\\..+","gpu":"A100 40GB SXM4","source":"https://aws.amazon.com/ec2/instance-types/p4/ (P4d: 8 × A100 40 GB)"},{"pattern":"p4de\\\\..+","gpu":"A100 80GB SXM4","source":"https://aws.amazon.com/ec2/instance-types/p4/ (P4de: 8 × A100 80 GB)"},{"pattern":"p5\\\\..+","gpu":"H100 SXM","source":"https://aws.amazon.com/ec2/instance-types/p5/ (P5: NVIDIA H100 80 GB HBM3)"},{"pattern":"p5e\\\\..+|p5en\\\\..+","gpu":"H200","source":"https://aws.amazon.com/ec2/instance-types/p5/ (P5e, P5en: NVIDIA H200 141 GB HBM3e)"},{"pattern":"p6-b200\\\\..+","gpu":"B200","source":"https://aws.amazon.com/ec2/instance-types/p6/ (P6-B200: 8 × NVIDIA B200)"},{"pattern":"g2-standard-.+","gpu":"L4","source":"https://cloud.google.com/compute/docs/gpus#l4-gpus (G2 machine series: NVIDIA L4)"},{"pattern":"a2-highgpu-.+|a2-megagpu-.+","gpu":"A100 40GB SXM4","source":"https://cloud.google.com/compute/docs/gpus#a100-gpus (A2 Standard: A100 40GB)"},{"pattern":"a2-ultragpu-.+","gpu":"A100 80GB SXM4","source":"https://cloud.google.com/compute/docs/gpus#a100-gpus (A2 Ultra: A100 80GB)"},{"pattern":"a3-highgpu-.+|a3-megagpu-.+|a3-edgegpu-.+","gpu":"H100 SXM","source":"https://cloud.google.com/compute/docs/gpus#h100-gpus (A3 High, Mega, Edge: H100 80GB)"},{"pattern":"a3-ultragpu-.+","gpu":"H200","source":"https://cloud.google.com/compute/docs/gpus#h200-gpus (A3 Ultra: H200 141GB)"},{"pattern":"a4-highgpu-.+","gpu":"B200","source":"https://cloud.google.com/compute/docs/gpus#b200-gpus (A4: B200)"},{"pattern":"standard_nc\\\\d+as_t4_v3","gpu":"T4","source":"https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/ncast4v3-series (NCasT4_v3: NVIDIA T4)"},{"pattern":"standard_nc\\\\d+s_v3","gpu":"V100 16GB PCIe","source":"https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/ncv3-series (NCv3: V100 16 GB)"},{"pattern":"standard_nc\\\\d+ads_a100_v4","gpu":"A100 80GB PCIe","source":"https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/nca100v4-series (NC A100 v4: A100 PCIe 80 GB)"},{"pattern":"standard_nd96asr_v4","gpu":"A100 40GB SXM4","source":"https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/ndasra100v4-series (ND A100 v4: 8 × A100 40 GB)"},{"pattern":"standard_nd96amsr_a100_v4","gpu":"A100 80GB SXM4","source":"https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/ndma100v4-series (NDm A100 v4: 8 × A100 80 GB)"},{"pattern":"standard_nc\\\\d+ads_h100_v5","gpu":"H100 NVL","source":"https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/ncadsh100v5-series (NCads H100 v5: H100 NVL 94 GB)"},{"pattern":"standard_nd96isr_h100_v5","gpu":"H100 SXM","source":"https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/ndh100v5-series (ND H100 v5: 8 × H100 80 GB)"},{"pattern":"standard_nd96isr_h200_v5","gpu":"H200","source":"https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/nd-h200-v5-series (ND H200 v5: 8 × H200 141 GB)"}]}');
;// CONCATENATED MODULE: ./src/sources/yaml-tree.ts
// Small readers over positioned YAML values, for walking Kubernetes and Compose documents.
function field(node, key) {
    if (node?.type !== 'map')
        return undefined;
    return node.entries.find((e) => e.key === key)?.value;
}
/** The value at a path of keys, or undefined. */
function at(node, ...keys) {
    let current = node;
    for (const key of keys)
        current = field(current, key);
    return current;
}
/** A scalar as text (numbers and booleans too), or undefined. */
function yaml_tree_text(node) {
    if (node?.type !== 'scalar' || node.value === null || node.value === undefined)
        return undefined;
    return String(node.value);
}
function items(node) {
    return node?.type === 'seq' ? node.items : [];
}
function entries(node) {
    return node?.type === 'map' ? node.entries : [];
}

;// CONCATENATED MODULE: ./src/sources/gpu-labels.ts
// The GPU a pod is scheduled on, from its nodeSelector or required node affinity: GPU feature
// discovery's nvidia.com/gpu.product, GKE's accelerator label, Karpenter's GPU name (and memory),
// or a cloud instance type that carries one GPU model (catalog/instance-types.json).



const INSTANCE_TYPES = instance_types_namespaceObject.i.map((t) => ({ ...t, re: new RegExp(`^(?:${t.pattern})$`, 'i') }));
const GPU_KEYS = ['nvidia.com/gpu.product', 'cloud.google.com/gke-accelerator', 'karpenter.k8s.aws/instance-gpu-name'];
const INSTANCE_KEYS = ['node.kubernetes.io/instance-type', 'beta.kubernetes.io/instance-type', 'karpenter.k8s.aws/instance-family'];
/** nodeSelector entries and the In expressions of required node affinity. */
function requirements(pod) {
    const found = [];
    for (const e of entries(at(pod, 'nodeSelector'))) {
        const value = yaml_tree_text(e.value);
        if (value !== undefined)
            found.push({ key: e.key, values: [{ value, pos: e.keyPos }] });
    }
    const terms = items(at(pod, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'));
    for (const term of terms) {
        for (const expression of items(at(term, 'matchExpressions'))) {
            const key = yaml_tree_text(at(expression, 'key'));
            if (!key || yaml_tree_text(at(expression, 'operator')) !== 'In')
                continue;
            const values = items(at(expression, 'values')).flatMap((v) => (yaml_tree_text(v) !== undefined ? [{ value: yaml_tree_text(v), pos: v.pos }] : []));
            found.push({ key, values });
        }
    }
    return found;
}
function byInstanceType(value, key) {
    const name = key.endsWith('instance-family') ? `${value}.xlarge` : value;
    return INSTANCE_TYPES.find((t) => t.re.test(name))?.gpu;
}
const memoryOf = (name) => gpuByName(name)?.memory.bytes ?? 0;
/** One label value → catalog GPU name(s): several when the value is ambiguous (karpenter's "a100"). */
function gpusFor(key, value) {
    if (INSTANCE_KEYS.includes(key)) {
        const gpu = byInstanceType(value, key);
        return gpu ? [gpu] : [];
    }
    const hit = findGpu(value);
    if ('gpu' in hit)
        return [hit.gpu.name];
    return hit.ambiguous ? hit.suggestions : [];
}
function gpuFromScheduling(pod) {
    const reqs = requirements(pod);
    const gpuMemoryMiB = Number(reqs.find((r) => r.key === 'karpenter.k8s.aws/instance-gpu-memory')?.values[0]?.value);
    for (const key of [...GPU_KEYS, ...INSTANCE_KEYS]) {
        const req = reqs.find((r) => r.key === key);
        if (!req || req.values.length === 0)
            continue;
        const options = req.values.map((v) => ({ ...v, gpus: gpusFor(key, v.value) }));
        const unknown = options.find((o) => o.gpus.length === 0);
        if (unknown) {
            if (INSTANCE_KEYS.includes(key))
                continue; // an instance type without a known GPU says nothing
            return { error: `${key}: ${unknown.value} is not a GPU gpu-fit knows. Name the GPU in a gpu-fit manifest with \`from:\` this file and \`gpu:\`.`, pos: unknown.pos };
        }
        let candidates = [...new Set(options.flatMap((o) => o.gpus))];
        if (candidates.length > 1 && Number.isFinite(gpuMemoryMiB)) {
            // Karpenter's instance-gpu-memory (MiB) tells A100 40GB from 80GB.
            const closest = [...candidates].sort((a, b) => Math.abs(memoryOf(a) / 2 ** 20 - gpuMemoryMiB) - Math.abs(memoryOf(b) / 2 ** 20 - gpuMemoryMiB));
            candidates = [closest[0]];
        }
        const smallest = [...candidates].sort((a, b) => memoryOf(a) - memoryOf(b))[0];
        const source = options.find((o) => o.gpus.includes(smallest));
        return {
            gpu: {
                name: smallest,
                pos: source.pos,
                label: `${key}: ${source.value}`,
                note: candidates.length > 1 ? `${key} allows ${candidates.join(', ')}: checked on the smallest, ${smallest}.` : undefined,
            },
        };
    }
    return null;
}
/** GPUs a container asks for: resources.limits (or requests) nvidia.com/gpu. */
function gpuCount(container) {
    for (const kind of ['limits', 'requests']) {
        const node = at(container, 'resources', kind, 'nvidia.com/gpu');
        const value = Number(yaml_tree_text(node));
        if (node && Number.isInteger(value) && value > 0)
            return { count: value, pos: node.pos };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/sources/command-line.ts
// A container's command line as words with the line each was written on: Kubernetes
// command/args lists (with $(VAR) taken from the container's env, as the kubelet does), Compose
// strings, and `sh -c` scripts split the way a shell splits them ($VAR and ${VAR} from the env).

/** Kubernetes expands $(VAR) in command and args from the container's env; $$(VAR) stays literal. */
function expandKubernetes(value, env) {
    return value.replace(/\$\$\(|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, name) => {
        if (!name)
            return '$(';
        return env.get(name)?.value ?? whole;
    });
}
function expandShell(value, env) {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, fallback, bare) => {
        const name = braced ?? bare;
        return env.get(name)?.value ?? fallback ?? whole;
    });
}
/**
 * Shell words of a script, each with its line; `&&`, `||`, `;`, `|` and newlines end a command
 * (with `foldNewlines`, a YAML > block's newlines are spaces, as its value has them).
 */
function shellWords(script, start, block, env, foldNewlines = false) {
    const commands = [[]];
    let line = start.line + (block ? 1 : 0);
    let current = '';
    let wordLine = line;
    let inWord = false;
    const push = () => {
        if (inWord)
            commands[commands.length - 1].push({ text: expandShell(current, env), pos: { file: start.file, line: wordLine, column: 1 } });
        current = '';
        inWord = false;
    };
    const endCommand = () => {
        push();
        if (commands[commands.length - 1].length > 0)
            commands.push([]);
    };
    for (let i = 0; i < script.length; i += 1) {
        const c = script[i];
        if (c === '\\' && script[i + 1] === '\n') {
            i += 1;
            line += 1;
            continue;
        }
        if (c === '\n') {
            if (foldNewlines)
                push();
            else
                endCommand();
            line += 1;
            continue;
        }
        if (c === ' ' || c === '\t') {
            push();
            continue;
        }
        if (c === '#' && !inWord) {
            while (i + 1 < script.length && script[i + 1] !== '\n')
                i += 1;
            continue;
        }
        if (c === ';' || c === '|' || c === '&') {
            endCommand();
            if (script[i + 1] === c)
                i += 1;
            continue;
        }
        if (!inWord) {
            inWord = true;
            wordLine = line;
        }
        if (c === "'" || c === '"') {
            const close = script.indexOf(c, i + 1);
            const end = close < 0 ? script.length : close;
            const quoted = script.slice(i + 1, end);
            line += quoted.split('\n').length - 1;
            current += quoted;
            i = end;
            continue;
        }
        if (c === '\\' && i + 1 < script.length) {
            current += script[i + 1];
            i += 1;
            continue;
        }
        current += c;
    }
    endCommand();
    return commands.filter((c) => c.length > 0);
}
const SHELLS = /(?:^|\/)(?:ba|da|z)?sh$/;
/**
 * The commands a container runs: its command and args as one list (Kubernetes) or string
 * (Compose), expanded; a `sh -c` script becomes the commands it runs.
 */
function containerCommands(command, args, env) {
    const words = [];
    for (const node of [command, args]) {
        if (!node)
            continue;
        const asText = yaml_tree_text(node);
        if (asText !== undefined && node.type === 'scalar') {
            // Compose: a string is split like a shell would; a > block from its lines as written.
            const folded = node.lines !== undefined;
            words.push(...shellWords(folded ? node.lines.join('\n') : asText, node.pos, node.block === true, env, folded).flat());
            continue;
        }
        for (const item of items(node)) {
            const value = yaml_tree_text(item);
            if (value !== undefined)
                words.push({ text: expandKubernetes(value, env), pos: item.pos });
        }
    }
    const shell = words.findIndex((w, i) => SHELLS.test(w.text) && words[i + 1]?.text.startsWith('-') && words[i + 1].text.includes('c'));
    if (shell < 0)
        return words.length > 0 ? [words] : [];
    const script = words[shell + 2];
    if (!script)
        return [];
    const node = [command, args].flatMap((n) => items(n)).find((n) => n.pos === script.pos);
    return shellWords(script.text, script.pos, node?.type === 'scalar' && node.block === true, env);
}

;// CONCATENATED MODULE: ./src/sources/workloads.ts
// The containers a deployment file runs, wherever its kind keeps them: Kubernetes Pod,
// Deployment, StatefulSet, ReplicaSet, DaemonSet, Job and CronJob; LeaderWorkerSet (multi-node
// groups); KServe InferenceService (with its ServingRuntime when the file has it); Docker Compose.



function kubernetesEnv(list) {
    const env = new Map();
    for (const item of items(list)) {
        const name = yaml_tree_text(at(item, 'name'));
        const value = at(item, 'value');
        if (name && yaml_tree_text(value) !== undefined)
            env.set(name, { value: yaml_tree_text(value), pos: value.pos });
    }
    return env;
}
function composeEnv(node) {
    const env = new Map();
    for (const e of entries(node))
        if (yaml_tree_text(e.value) !== undefined)
            env.set(e.key, { value: yaml_tree_text(e.value), pos: e.value.pos });
    for (const item of items(node)) {
        const line = yaml_tree_text(item);
        const eq = line?.indexOf('=') ?? -1;
        if (line && eq > 0)
            env.set(line.slice(0, eq), { value: line.slice(eq + 1), pos: item.pos });
    }
    return env;
}
function kubernetesContainer(node, extraEnv = new Map(), extraArgs = []) {
    const env = new Map([...extraEnv, ...kubernetesEnv(at(node, 'env'))]);
    const command = at(node, 'command');
    const args = at(node, 'args');
    const merged = extraArgs.length > 0 ? { type: 'seq', items: [...items(args), ...extraArgs], pos: args?.pos ?? node.pos } : args;
    const commands = containerCommands(command, merged, env);
    const argsOnly = command ? null : (commands[0] ?? []);
    const hook = at(node, 'lifecycle', 'postStart', 'exec', 'command');
    return {
        name: yaml_tree_text(at(node, 'name')) ?? 'container',
        pos: node.pos,
        image: yaml_tree_text(at(node, 'image')),
        imagePos: at(node, 'image')?.pos ?? node.pos,
        commands,
        argsOnly,
        env,
        gpus: gpuCount(node),
        hookCommands: hook ? containerCommands(hook, undefined, env) : [],
    };
}
function podWorkload(kind, name, pos, pod, groupSize = 1, groupSizePos) {
    const containers = items(at(pod, 'containers')).map((c) => kubernetesContainer(c));
    return { kind, name, pos, containers, scheduling: pod, groupSize, groupSizePos };
}
/** KServe: the predictor's model (a container in all but name), run by its ServingRuntime when the file has it. */
function inferenceService(doc, name, pos, runtimes) {
    const predictor = at(doc, 'spec', 'predictor');
    const model = at(predictor, 'model');
    const base = { kind: 'InferenceService', name, pos, scheduling: predictor, groupSize: 1 };
    if (!model)
        return { ...base, containers: items(at(predictor, 'containers')).map((c) => kubernetesContainer(c)) };
    const storage = at(model, 'storageUri');
    const storageText = yaml_tree_text(storage);
    const storageModel = storageText?.startsWith('hf://') ? { value: storageText.slice('hf://'.length).replace(/\/+$/, ''), pos: storage.pos } : undefined;
    const runtime = runtimes.get(yaml_tree_text(at(model, 'runtime')) ?? '');
    const runtimeContainer = items(at(runtime, 'spec', 'containers'))[0];
    if (runtimeContainer) {
        // The runtime's command with the predictor's args and env appended, as KServe merges them.
        const container = kubernetesContainer(runtimeContainer, kubernetesEnv(at(model, 'env')), items(at(model, 'args')));
        return { ...base, storageModel, containers: [{ ...container, gpus: gpuCount(model) ?? container.gpus }] };
    }
    const format = yaml_tree_text(at(model, 'modelFormat', 'name'));
    const container = kubernetesContainer(model);
    return { ...base, storageModel, kserveHuggingFace: format === 'huggingface', containers: [{ ...container, name: 'kserve-container', image: container.image ?? 'kserve/huggingfaceserver' }] };
}
function composeServices(doc) {
    return entries(at(doc, 'services')).map(({ key, keyPos, value }) => {
        const env = composeEnv(at(value, 'environment'));
        const entrypoint = at(value, 'entrypoint');
        const command = at(value, 'command');
        const commands = containerCommands(entrypoint, command, env);
        const devices = items(at(value, 'deploy', 'resources', 'reservations', 'devices'));
        const nvidia = devices.find((d) => yaml_tree_text(at(d, 'driver')) === 'nvidia' || items(at(d, 'capabilities')).some((c) => yaml_tree_text(c) === 'gpu'));
        const count = Number(yaml_tree_text(at(nvidia, 'count')));
        const ids = items(at(nvidia, 'device_ids')).length;
        const gpus = nvidia && (Number.isInteger(count) && count > 0 ? count : ids > 0 ? ids : 0) > 0
            ? { count: Number.isInteger(count) && count > 0 ? count : ids, pos: (at(nvidia, 'count') ?? at(nvidia, 'device_ids') ?? nvidia).pos }
            : null;
        const container = {
            name: key,
            pos: keyPos,
            image: yaml_tree_text(at(value, 'image')),
            imagePos: at(value, 'image')?.pos ?? keyPos,
            commands,
            argsOnly: entrypoint ? null : (commands[0] ?? []),
            env,
            gpus,
            hookCommands: [],
        };
        return { kind: 'service', name: key, pos: keyPos, containers: [container], groupSize: 1 };
    });
}
/** Every workload of the documents of one file. */
function findWorkloads(documents) {
    const runtimes = new Map();
    for (const doc of documents) {
        const kind = yaml_tree_text(field(doc, 'kind'));
        if (kind === 'ServingRuntime' || kind === 'ClusterServingRuntime')
            runtimes.set(yaml_tree_text(at(doc, 'metadata', 'name')) ?? '', doc);
    }
    const found = [];
    for (const doc of documents) {
        if (field(doc, 'services') && !field(doc, 'kind')) {
            found.push(...composeServices(doc));
            continue;
        }
        const kind = yaml_tree_text(field(doc, 'kind'));
        const nameNode = at(doc, 'metadata', 'name');
        const name = yaml_tree_text(nameNode) ?? '(unnamed)';
        const pos = nameNode?.pos ?? doc.pos;
        switch (kind) {
            case 'Pod':
                found.push(podWorkload(kind, name, pos, at(doc, 'spec')));
                break;
            case 'Deployment':
            case 'StatefulSet':
            case 'ReplicaSet':
            case 'DaemonSet':
            case 'Job':
                found.push(podWorkload(kind, name, pos, at(doc, 'spec', 'template', 'spec')));
                break;
            case 'CronJob':
                found.push(podWorkload(kind, name, pos, at(doc, 'spec', 'jobTemplate', 'spec', 'template', 'spec')));
                break;
            case 'LeaderWorkerSet': {
                const template = at(doc, 'spec', 'leaderWorkerTemplate');
                const size = at(template, 'size');
                const leader = at(template, 'leaderTemplate', 'spec') ?? at(template, 'workerTemplate', 'spec');
                const workload = podWorkload(kind, name, pos, leader, Number(yaml_tree_text(size)) || 1, size?.pos);
                // Workers carry the GPUs when the leader names none.
                const worker = items(at(template, 'workerTemplate', 'spec', 'containers')).map((c) => gpuCount(c)).find(Boolean);
                for (const c of workload.containers)
                    c.gpus ??= worker ?? null;
                found.push(workload);
                break;
            }
            case 'InferenceService':
                found.push(inferenceService(doc, name, pos, runtimes));
                break;
            default:
                break;
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/sources/extract.ts
// A deployment file → the LLM deployments it runs, as gpu-fit fields with the place each was
// written: the engine and its flags from the container, the GPU from the pod's scheduling
// labels, the GPU count from its resource limits. What the file cannot say (a GPU type in a
// Compose file, a model behind a secret) is a problem that a manifest's `from:` entry can fill.






function deploymentsOf(workload, container, engine, file, several) {
    const { fields, notes, missing } = serverFields(engine, container.env);
    const problems = missing ? [{ ...missing, field: 'model' }] : [];
    const has = (key) => fields.some((f) => f.key === key);
    // KServe's Hugging Face server: --model_id or the predictor's storageUri.
    if (workload.kserveHuggingFace || workload.storageModel) {
        const modelId = engine.options.get('model-id');
        const current = fields.findIndex((f) => f.key === 'model');
        const model = modelId ? { value: modelId.value.text, pos: modelId.value.pos, label: modelId.flag } : workload.storageModel ? { ...workload.storageModel, label: 'storageUri' } : undefined;
        if (model && (current < 0 || fields[current].label.startsWith('vLLM default'))) {
            if (current >= 0)
                fields.splice(current, 1);
            fields.push({ key: 'model', ...model });
        }
        if (engine.options.get('backend')?.value.text === 'huggingface')
            fields[0] = { ...fields[0], value: 'transformers' };
    }
    // The GPU: scheduling labels for the type, resource limits for the count.
    const gpu = gpuFromScheduling(workload.scheduling);
    if (gpu && 'gpu' in gpu) {
        fields.push({ key: 'gpu', value: gpu.gpu.name, pos: gpu.gpu.pos, label: gpu.gpu.label });
        if (gpu.gpu.note)
            notes.push(gpu.gpu.note);
    }
    else {
        const where = gpu ? gpu.pos : (container.gpus?.pos ?? workload.pos);
        problems.push({
            message: gpu?.error ??
                `No GPU type for ${workload.kind}/${workload.name} in ${file}: no nodeSelector or node affinity on nvidia.com/gpu.product, cloud.google.com/gke-accelerator, karpenter.k8s.aws/instance-gpu-name or a known instance type. Name it in a gpu-fit manifest: \`from: ${file}\` and \`gpu: <GPU>\`.`,
            pos: where,
            field: 'gpu',
        });
    }
    const total = container.gpus ? container.gpus.count * workload.groupSize : null;
    const tpField = fields.find((f) => f.key === 'tensor_parallel_size');
    const ppField = fields.find((f) => f.key === 'pipeline_parallel_size');
    const perReplica = Number(tpField?.value ?? 1) * Number(ppField?.value ?? 1);
    if (total !== null && Number.isFinite(perReplica) && total < perReplica) {
        problems.push({
            message: `${engine.engine} needs ${perReplica} GPUs (${[tpField, ppField].filter(Boolean).map((f) => `${f.label} ${f.value}`).join(' × ')}) but ${workload.kind}/${workload.name} gets ${total} (nvidia.com/gpu ${container.gpus.count}${workload.groupSize > 1 ? ` × size ${workload.groupSize}` : ''}).`,
            pos: container.gpus.pos,
            field: null,
        });
    }
    // llama.cpp and Ollama split the layers over every GPU they see.
    if ((engine.engine === 'llama.cpp' || engine.engine === 'ollama') && total && total > 1 && !has('tensor_parallel_size')) {
        fields.push({ key: 'tensor_parallel_size', value: total, pos: container.gpus.pos, label: 'nvidia.com/gpu' });
    }
    const label = `${workload.kind}/${workload.name}${several ? `/${container.name}` : ''}`;
    const make = (name, extra = [], extraProblems = []) => ({
        name,
        workload: workload.name,
        file,
        pos: workload.pos,
        fields: [...fields, ...extra],
        notes: [...notes],
        problems: [...problems, ...extraProblems],
    });
    if (engine.engine !== 'ollama')
        return [make(label)];
    // Ollama serves the models pulled into it: one deployment per model.
    const pulls = [...container.commands, ...container.hookCommands].flatMap((words) => words.flatMap((w, i) => (w.text === 'ollama' || w.text.endsWith('/ollama')) && ['pull', 'run'].includes(words[i + 1]?.text ?? '') && words[i + 2] ? [words[i + 2]] : []));
    if (pulls.length === 0) {
        return [make(label, [], [{ message: `No \`ollama pull\` in ${workload.kind}/${workload.name}: gpu-fit cannot tell the model. Name it in a gpu-fit manifest with \`from: ${file}\` and \`model:\`.`, pos: engine.pos, field: 'model' }])];
    }
    const unique = [...new Map(pulls.map((p) => [p.text, p])).values()];
    return unique.map((pull) => {
        const hit = ollamaModel(pull.text);
        const name = unique.length > 1 ? `${label}:${pull.text}` : label;
        if ('error' in hit)
            return make(name, [], [{ message: hit.error, pos: pull.pos, field: 'model' }]);
        return make(name, [
            { key: 'model', value: hit.model, pos: pull.pos, label: `ollama pull ${pull.text}` },
            { key: 'quantization', value: hit.quantization, pos: pull.pos, label: `ollama pull ${pull.text}` },
        ]);
    });
}
function extractDeployments(text, file) {
    const parsed = parseYamlDocuments(text, file);
    if (parsed.errors.length > 0) {
        const first = parsed.errors[0];
        const template = /\{\{/.test(text) ? ' It looks like an unrendered Helm template: check the output of `helm template` instead.' : '';
        return { file, deployments: [], errors: [{ ...first, message: `${first.message}.${template}` }] };
    }
    const deployments = [];
    for (const workload of findWorkloads(parsed.documents)) {
        const serving = workload.containers.flatMap((container) => {
            const server = findServer(container.commands, container.image, container.imagePos, container.argsOnly, workload.kserveHuggingFace ? 'vllm' : undefined);
            return server ? [{ container, server }] : [];
        });
        for (const { container, server } of serving)
            deployments.push(...deploymentsOf(workload, container, server, file, serving.length > 1));
    }
    return { file, deployments, errors: [] };
}

;// CONCATENATED MODULE: ./src/sources/to-deployment.ts
// A deployment found in a deployment file, as a validated gpu-fit deployment: its fields become
// a manifest entry written where the flags and labels were, so every check and message of a
// manifest applies. A manifest's `from:` entry completes or overrides it field by field.


/** Fields whose values stay text even when they look like numbers ("0.8" is a version). */
const TEXT_FIELDS = new Set(['model', 'revision', 'gpu', 'engine', 'engine_version', 'quantization', 'kv_cache_dtype', 'dtype', 'config']);
function scalar(key, value, pos) {
    const numeric = typeof value === 'string' && !TEXT_FIELDS.has(key) && /^-?\d+(?:\.\d+)?(?:e\d+)?$/i.test(value.trim());
    return { type: 'scalar', value: numeric ? Number(value) : value, pos };
}
function sourceDeploymentResult(source, override) {
    const own = entries(override?.node).filter((e) => e.key !== 'from' && e.key !== 'workload');
    const set = new Set(own.map((e) => e.key));
    const settled = (field) => (field === 'gpu' ? set.has('gpu') : field === 'model' ? set.has('model') || set.has('config') || set.has('architecture') : false);
    const open = source.problems.filter((p) => !settled(p.field));
    const node = {
        type: 'map',
        pos: source.pos,
        entries: [
            ...source.fields.filter((f) => !set.has(f.key)).map((f) => ({ key: f.key, keyPos: f.pos, value: scalar(f.key, f.value, f.pos) })),
            ...own,
        ],
    };
    const name = override?.name ?? source.name;
    const keyPos = override?.keyPos ?? source.pos;
    const result = validateDeployment(name, keyPos, node, !open.some((p) => p.field === 'gpu'));
    // Say which flag or label a message is about; drop "needs model" where the file's own problem says why.
    const labels = new Map(source.fields.map((f) => [`${f.pos.file}:${f.pos.line}:${f.pos.column}:${f.key}`, f.label]));
    const errors = result.errors
        .filter((e) => !(open.some((p) => p.field === 'model') && e.message.startsWith(`Deployment "${name}" needs \`model\``)))
        .map((e) => {
        const field = source.fields.find((f) => f.pos.file === e.file && f.pos.line === e.line && f.pos.column === e.column && !set.has(f.key));
        const label = field ? labels.get(`${e.file}:${e.line}:${e.column}:${field.key}`) : undefined;
        return label ? { ...e, message: `${label}: ${e.message}` } : e;
    });
    errors.push(...open.map((p) => ({ ...p.pos, message: p.message })));
    const notes = [...source.notes, ...(override ? [`Serving flags from ${source.file} (${source.name}); the manifest sets ${[...set].join(', ') || 'nothing else'}.`] : [])];
    return { ...result, errors, decl: result.decl ? { ...result.decl, notes } : null };
}

;// CONCATENATED MODULE: ./src/sources/from.ts
// A manifest entry with `from:` picks one deployment of a deployment file and completes it.
// The picked deployment is then reported once, under the manifest's name.


/** `target` is the workspace-relative path the entry's `from` names; `file` its extraction, or why it could not be read. */
function pairFrom(entry, target, file) {
    const from = entry.from;
    const fail = (message, pos = from.path.pos) => ({ result: { name: entry.name, pos: entry.pos, decl: null, errors: [{ ...pos, message }] } });
    if ('error' in file)
        return fail(file.error);
    if (file.errors.length > 0)
        return fail(`\`from\` ${target}: ${file.errors[0].message}`);
    if (file.deployments.length === 0)
        return fail(`\`from\` ${target}: no container in it runs vLLM, SGLang, TGI, llama.cpp or Ollama.`);
    const names = file.deployments.map((d) => d.name);
    let picked;
    if (from.workload) {
        const wanted = from.workload.value;
        const matches = file.deployments.filter((d) => d.workload === wanted || d.name === wanted || d.name.endsWith(`/${wanted}`));
        if (matches.length !== 1) {
            const which = matches.length > 1 ? `matches several (${matches.map((m) => m.name).join(', ')}): use the full name` : `is not in ${target} (it has ${names.join(', ')}).${didYouMean(closest(wanted, names, 2))}`;
            return fail(`\`workload\` "${wanted}" ${which}`, from.workload.pos);
        }
        picked = matches[0];
    }
    else if (file.deployments.length > 1) {
        return fail(`\`from\` ${target} runs ${file.deployments.length} deployments (${names.join(', ')}): add \`workload:\` to pick one.`);
    }
    else
        picked = file.deployments[0];
    return { result: sourceDeploymentResult(picked, { name: entry.name, keyPos: entry.pos, node: from.node }), used: picked };
}

;// CONCATENATED MODULE: ./src/check.ts
// The whole check, shared by the action and the CLI: find manifests and deployment files, load
// them, estimate each deployment, and build the report. Reading files is the only I/O, and it is
// kept apart so the same check runs on texts read elsewhere (the base commit of a pull request).










/** Catalog GPUs as the estimator sees them, for recommendations. */
const CATALOG_GPUS = GPUS.map(toGpu);
async function readManifests(root, patterns, files = []) {
    const globbed = patterns.length > 0 ? await findManifests(root, patterns) : [];
    const all = [...new Set([...files, ...globbed])];
    return Promise.all(all.map(async (file) => {
        try {
            return { file, text: await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(root, file), 'utf8') };
        }
        catch (e) {
            return { file, text: null, error: `Cannot read the file: ${e.message}` };
        }
    }));
}
/** Deployment files matching the source globs, and the files manifests name in `from:` (kept inside the workspace). */
async function readSources(root, patterns, manifests) {
    const isManifest = new Set(manifests.map((m) => m.file));
    const globbed = (patterns.length > 0 ? await findManifests(root, patterns) : []).filter((f) => !isManifest.has(f));
    const texts = await readManifests(root, [], globbed);
    const have = new Set(globbed);
    for (const manifest of manifests) {
        if (manifest.text === null)
            continue;
        for (const d of parseManifest(manifest.text, manifest.file).deployments) {
            if (!d.from)
                continue;
            const where = await workspacePath(root, manifest.file, d.from.path.value, 'from');
            const target = 'path' in where ? where.path : joinWorkspace(manifest.file, d.from.path.value);
            if (have.has(target))
                continue;
            have.add(target);
            if ('error' in where)
                texts.push({ file: target, text: null, error: where.error });
            else
                texts.push(...(await readManifests(root, [], [where.path])));
        }
    }
    return texts;
}
async function checkTexts(manifests, options) {
    const rows = [];
    const failedRead = (file, message) => rows.push(reportFailure({ name: MANIFEST_ROW, file, line: 1, errors: [{ file, line: 1, column: 1, message }] }));
    const parsed = [];
    for (const { file, text, error } of manifests) {
        if (text === null)
            failedRead(file, error ?? 'Cannot read the file.');
        else
            parsed.push(parseManifest(text, file));
    }
    // Deployment files: each serving container is a deployment, unless a manifest's `from:` completes it.
    const extracted = new Map();
    for (const { file, text, error } of options.sources ?? []) {
        extracted.set(file, text === null ? { error: error ?? `\`from\` ${file}: cannot read the file.` } : extractDeployments(text, file));
    }
    const used = new Set();
    for (const manifest of parsed) {
        manifest.deployments = manifest.deployments.map((d) => {
            if (!d.from)
                return d;
            const target = joinWorkspace(manifest.file, d.from.path.value);
            const paired = pairFrom(d, target, extracted.get(target) ?? { error: `\`from\` "${d.from.path.value}": the file was not read (${target}).` });
            if (paired.used)
                used.add(paired.used);
            return paired.result;
        });
    }
    for (const [file, source] of extracted) {
        if ('error' in source)
            continue;
        const deployments = source.deployments.filter((d) => !used.has(d)).map((d) => sourceDeploymentResult(d));
        const failed = source.errors.map((e) => ({ name: MANIFEST_ROW, file, line: e.line, errors: [e] }));
        // A file read only because a manifest names it reports through that manifest.
        if (deployments.length > 0 || failed.length > 0)
            parsed.push({ file, deployments, failed });
    }
    // Models outside the catalog are fetched once, together, between parsing and resolving.
    const answers = options.models ? await options.models.answer(parsed.flatMap(modelRefs)) : undefined;
    for (const manifest of parsed) {
        const loaded = resolveManifest(manifest, answers);
        rows.push(...loaded.failed.map(reportFailure));
        rows.push(...loaded.resolved.map((d) => reportDeployment(d, { ...options, catalog: CATALOG_GPUS })));
    }
    rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return buildReport(rows, options.failOn);
}
async function checkManifests(request) {
    const texts = await readManifests(request.root, request.patterns, request.files);
    const sources = await readSources(request.root, request.sourcePatterns ?? [], texts);
    return { report: await checkTexts(texts, { ...request, sources }), files: [...texts, ...sources].map((t) => t.file) };
}

;// CONCATENATED MODULE: ./src/report/escape.ts
// Text from manifests (names, paths, model ids) goes into Markdown that GitHub renders: escape it
// so a manifest cannot inject HTML, links, tables cells or @-mentions into a comment.
function escapeMarkdown(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1')
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
/** For text inside HTML elements (<summary>), where Markdown escapes are not processed. */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/report/verdicts.ts
// How verdicts read in each medium.
const VERDICT_ICON = {
    fits: '✅',
    tight: '⚠️',
    undersized: '❌',
    error: '⛔',
};
const VERDICT_LABEL = {
    fits: 'fits',
    tight: 'tight',
    undersized: 'undersized',
    error: 'error',
};
/** Worst first: the order rows are listed in. */
const VERDICT_ORDER = { error: 0, undersized: 1, tight: 2, fits: 3 };

;// CONCATENATED MODULE: ./src/report/markdown.ts
// The Markdown report for the job summary and the pull-request comment: a headline a reviewer
// reads in five seconds, one table, then a collapsed breakdown per deployment.



/** "1 deployment", "2 deployments". */
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function count(report, verdict) {
    return report.deployments.filter((d) => d.verdict === verdict).length;
}
function headline(report) {
    const total = report.deployments.length;
    if (total === 0)
        return 'No gpu-fit deployments found';
    const parts = [];
    const undersized = report.deployments.filter((d) => d.verdict === 'undersized');
    if (undersized.length > 0) {
        const gpus = [...new Set(undersized.map((d) => d.gpu?.name ?? '?'))];
        parts.push(`${undersized.length} undersized on ${gpus.map(escapeMarkdown).join(', ')}`);
    }
    if (count(report, 'error') > 0)
        parts.push(`${count(report, 'error')} invalid`);
    if (count(report, 'tight') > 0)
        parts.push(`${count(report, 'tight')} tight`);
    const icon = report.result === 'fail' ? '❌' : parts.length > 0 ? '⚠️' : '✅';
    if (parts.length === 0)
        return `${icon} ${total === 1 ? 'The deployment fits' : `All ${total} deployments fit`} their GPUs`;
    return `${icon} ${plural(total, 'deployment')} checked: ${parts.join(', ')}`;
}
function markdown_location(d) {
    return `${escapeMarkdown(d.file)}:${d.line}`;
}
function tableRow(d, options) {
    const u = options.units;
    const gpu = d.gpu ? `${d.gpu.count} × ${escapeMarkdown(d.gpu.name)}` : '—';
    const needed = d.memory ? formatBytes(d.memory.totalBytes, u) : '—';
    const available = d.availableBytes !== null ? formatBytes(d.availableBytes, u) : '—';
    const headroom = d.headroomBytes !== null && d.availableBytes
        ? `${formatBytes(d.headroomBytes, u)} (${formatPercent(d.headroomBytes / d.availableBytes)})`
        : '—';
    const name = `**${escapeMarkdown(d.name)}**<br><sub>${markdown_location(d)}</sub>`;
    const capacity = formatCapacity(d.kvCacheCapacityTokens, d.maxConcurrency);
    return `| ${name} | ${d.model ? escapeMarkdown(d.model) : '—'} | ${gpu} | ${needed} | ${available} | ${headroom} | ${capacity} | ${VERDICT_ICON[d.verdict]} ${VERDICT_LABEL[d.verdict]} |`;
}
/** A code span inside a table cell: no Markdown to escape, but pipes still end the cell. */
function code(text) {
    return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')}\``;
}
function inputsText(inputs) {
    const entries = Object.entries(inputs);
    if (entries.length === 0)
        return '';
    return entries.map(([k, v]) => code(`${k}=${formatInput(v)}`)).join(' ');
}
function componentRow(label, c, units) {
    return `| ${label} | ${formatBytes(c.bytes, units)} | ${code(c.formula)} | ${inputsText(c.inputs)} | ${escapeMarkdown(c.rule)} |`;
}
function deploymentDetails(d, options) {
    const u = options.units;
    const lines = [];
    const summary = `${VERDICT_ICON[d.verdict]} <b>${escapeHtml(d.name)}</b>: ${escapeHtml(d.model ?? 'invalid')}${d.gpu ? ` on ${d.gpu.count} × ${escapeHtml(d.gpu.name)}` : ''}`;
    lines.push(`<details><summary>${summary}</summary>`, '');
    if (d.errors.length > 0) {
        for (const e of d.errors)
            lines.push(`- ${code(`${e.file}:${e.line}:${e.column}`)} ${escapeMarkdown(e.message)}`);
        lines.push('');
    }
    if (d.breakdown && d.memory) {
        lines.push(`Engine **${escapeMarkdown(d.engine ?? '')}**, figures per GPU (the busiest one).`, '');
        if (d.engineError)
            lines.push(`**The engine would refuse to start:** ${escapeMarkdown(d.engineError)}`, '');
        lines.push('| Component | Memory | Formula | Inputs | Engine rule |', '|---|---:|---|---|---|');
        lines.push(componentRow('Weights', d.breakdown.weights, u));
        lines.push(componentRow('KV cache', d.breakdown.kvCache, u));
        lines.push(componentRow('Activations', d.breakdown.activations, u));
        lines.push(componentRow('Overhead', d.breakdown.overhead, u));
        lines.push(`| **Total needed** | **${formatBytes(d.memory.totalBytes, u)}** | | | |`);
        if (d.availableBytes !== null && d.headroomBytes !== null) {
            lines.push(`| Available | ${formatBytes(d.availableBytes, u)} | | | |`);
            lines.push(`| Headroom | ${formatBytes(d.headroomBytes, u)} | | | |`);
        }
        lines.push('');
        if (d.kvCacheCapacityTokens !== null) {
            const conc = d.maxConcurrency === null ? '' : `; maximum concurrency at max_model_len: ${d.maxConcurrency.toFixed(2)}×`;
            lines.push(`KV cache capacity: ${formatCapacity(d.kvCacheCapacityTokens, null)} tokens${conc}.`, '');
        }
        if (d.parameters) {
            const active = d.parameters.active !== d.parameters.total ? `, ${formatCount(d.parameters.active)} active per token` : '';
            lines.push(`Parameters: ${formatCount(d.parameters.total)} (${d.parameters.basis === 'given' ? 'as given' : 'counted from the architecture'}${active}).`, '');
        }
    }
    if (d.verdict !== 'fits' && d.verdict !== 'error') {
        lines.push(d.recommendedGpus.length > 0
            ? `Smallest catalog GPUs that fit (same count): ${d.recommendedGpus.map(escapeMarkdown).join(', ')}.`
            : 'No catalog GPU fits this deployment at this count: add GPUs (tensor_parallel_size) or reduce max_model_len/concurrency.', '');
    }
    for (const note of d.notes)
        lines.push(`> ${escapeMarkdown(note)}`, '');
    lines.push('</details>');
    return lines.join('\n');
}
const TABLE_HEADER = [
    '| Deployment | Model | GPU | Needed | Available | Headroom | KV tokens (concurrency) | Verdict |',
    '|---|---|---|---:|---:|---:|---:|---|',
];
function renderTable(deployments, options) {
    const lines = [...TABLE_HEADER];
    for (const d of deployments)
        lines.push(tableRow(d, options));
    return lines.join('\n');
}
function sortForReview(deployments) {
    return [...deployments].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
}
function footerLine(options) {
    const unitNote = options.units === 'GiB' ? 'GiB = 2³⁰ bytes' : 'GB = 10⁹ bytes';
    return `<sub>Memory per GPU in ${unitNote}. Tight: less than ${formatPercent(options.minHeadroom)} of the available memory left.${options.footer ? ` ${escapeMarkdown(options.footer)}` : ''}</sub>`;
}
function leftOutLine(count, where) {
    return `> ${plural(count, 'more deployment')} left out to fit the size limit: ${where}.`;
}
function detailsLeftOutLine(count, where) {
    return `> Breakdowns left out for ${plural(count, 'deployment')} to fit the size limit: ${where}.`;
}
/** The whole report: headline, table, a collapsed breakdown per deployment (worst first). */
function renderMarkdown(report, options, cut = {}) {
    const where = cut.where ?? 'see the JSON report (output `report`)';
    const all = sortForReview(report.deployments);
    const rows = all.slice(0, cut.rows ?? Infinity);
    const details = rows.slice(0, cut.details ?? Infinity);
    const parts = [`### GPU fit: ${headline(report)}`, ''];
    if (rows.length > 0) {
        parts.push(renderTable(rows, options), '');
        for (const d of details)
            parts.push(deploymentDetails(d, options), '');
    }
    if (details.length < rows.length)
        parts.push(detailsLeftOutLine(rows.length - details.length, where), '');
    if (rows.length < all.length)
        parts.push(leftOutLine(all.length - rows.length, where), '');
    parts.push(footerLine(options));
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/report/diff-markdown.ts
// The pull-request comment: one line that says what the pull request does to GPU fit, a table of
// the deployments it changes (needed memory, headroom and verdict, before → after), their
// breakdowns, and the unchanged deployments folded away.




function worsened(c) {
    return c.before !== null && c.after !== null && VERDICT_ORDER[c.after.verdict] < VERDICT_ORDER[c.before.verdict];
}
/** "2 deployments changed: 1 now undersized on L4, 1 added". */
function diffHeadline(diff, head) {
    const icon = head.result === 'fail' ? '❌' : head.deployments.some((d) => d.verdict === 'tight' || d.verdict === 'undersized') ? '⚠️' : '✅';
    if (diff.changed === 0) {
        const total = head.deployments.length;
        const state = head.deployments.every((d) => d.verdict === 'fits') ? (total === 1 ? 'it fits' : `all ${total} fit`) : `${total} checked`;
        return `${icon} No deployment changed (${state})`;
    }
    const changes = diff.changes.filter((c) => c.status !== 'unchanged');
    const parts = [];
    const now = (verdict) => changes.filter((c) => c.after?.verdict === verdict && (c.status === 'added' || c.before?.verdict !== verdict));
    const undersized = now('undersized');
    if (undersized.length > 0) {
        const gpus = [...new Set(undersized.map((c) => c.after.gpu?.name ?? '?'))].map(escapeMarkdown).join(', ');
        parts.push(`${undersized.length} now undersized on ${gpus}`);
    }
    if (now('error').length > 0)
        parts.push(`${now('error').length} now invalid`);
    if (now('tight').length > 0)
        parts.push(`${now('tight').length} now tight`);
    const fixed = changes.filter((c) => c.status !== 'added' && c.after?.verdict === 'fits' && c.before && c.before.verdict !== 'fits');
    if (fixed.length > 0)
        parts.push(`${fixed.length} now fit${fixed.length === 1 ? 's' : ''}`);
    const added = changes.filter((c) => c.status === 'added').length;
    const removed = changes.filter((c) => c.status === 'removed').length;
    const renamed = changes.filter((c) => c.status === 'renamed').length;
    if (added > 0)
        parts.push(`${added} added`);
    if (removed > 0)
        parts.push(`${removed} removed`);
    if (renamed > 0)
        parts.push(`${renamed} renamed`);
    return `${icon} ${plural(diff.changed, 'deployment')} changed${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}
function verdictText(d) {
    return d ? `${VERDICT_ICON[d.verdict]} ${VERDICT_LABEL[d.verdict]}` : '—';
}
function neededCell(c, units) {
    const b = c.before?.memory?.totalBytes;
    const a = c.after?.memory?.totalBytes;
    if (b === undefined && a === undefined)
        return '—';
    if (b === undefined)
        return formatBytes(a, units);
    if (a === undefined)
        return `${formatBytes(b, units)} → —`;
    if (a === b)
        return formatBytes(a, units);
    return `${formatBytes(b, units)} → **${formatBytes(a, units)}** (${formatSignedBytes(a - b, units)}, ${a >= b ? '+' : ''}${formatPercent((a - b) / b)})`;
}
function headroomCell(c, units) {
    const show = (d) => (d?.headroomBytes === null || d?.headroomBytes === undefined ? '—' : formatBytes(d.headroomBytes, units));
    if (!c.before)
        return show(c.after);
    if (!c.after)
        return `${show(c.before)} → —`;
    return c.before.headroomBytes === c.after.headroomBytes ? show(c.after) : `${show(c.before)} → ${show(c.after)}`;
}
function changeRow(c, options) {
    const d = (c.after ?? c.before);
    const label = c.status === 'added'
        ? ' (new)'
        : c.status === 'removed'
            ? ' (removed)'
            : c.renamedFrom
                ? ` (was ${escapeMarkdown(c.renamedFrom.name === d.name ? c.renamedFrom.file : `${c.renamedFrom.name}${c.renamedFrom.file !== d.file ? ` in ${c.renamedFrom.file}` : ''}`)})`
                : '';
    const name = `**${escapeMarkdown(d.name)}**${label}<br><sub>${escapeMarkdown(d.file)}:${d.line}</sub>`;
    const gpuText = (r) => (r?.gpu ? `${r.gpu.count} × ${escapeMarkdown(r.gpu.name)}` : '—');
    const modelText = (r) => escapeMarkdown(r?.model ?? '—');
    // What the pull request moved: old → new where both sides exist and differ.
    const moved = (text) => c.before && c.after && text(c.before) !== text(c.after) ? `${text(c.before)} → ${text(c.after)}` : text(d);
    const gpu = moved(gpuText);
    let verdict;
    if (c.status === 'added')
        verdict = verdictText(c.after);
    else if (c.status === 'removed')
        verdict = `${verdictText(c.before)} → removed`;
    else if (c.before.verdict === c.after.verdict)
        verdict = verdictText(c.after);
    else
        verdict = worsened(c) ? `${verdictText(c.before)} → **${verdictText(c.after)}**` : `${verdictText(c.before)} → ${verdictText(c.after)}`;
    return `| ${name} | ${moved(modelText)} | ${gpu} | ${neededCell(c, options.units)} | ${headroomCell(c, options.units)} | ${verdict} |`;
}
/** Changes worst first: new failures, then other changes, then additions and removals. */
function rank(c) {
    const after = c.after ? VERDICT_ORDER[c.after.verdict] : 4;
    return (worsened(c) ? 0 : 10) + after;
}
function renderDiffMarkdown(diff, head, options, cut = {}, sections = { details: true, unchanged: true, footer: true }) {
    const kept = cut.rows ?? Infinity;
    const where = cut.where ?? 'the job summary has them';
    const changed = diff.changes.filter((c) => c.status !== 'unchanged').sort((a, b) => rank(a) - rank(b));
    const unchanged = diff.changes.filter((c) => c.status === 'unchanged').map((c) => c.after);
    const shownChanged = changed.slice(0, kept);
    const withDetails = shownChanged.filter((c) => c.after !== null);
    const shownDetails = withDetails.slice(0, cut.details ?? Infinity);
    const shownUnchanged = sections.unchanged ? unchanged.slice(0, Math.max(0, kept - changed.length)) : [];
    const parts = [`### GPU fit: ${diffHeadline(diff, head)}`, ''];
    if (shownChanged.length > 0) {
        parts.push('| Deployment | Model | GPU | Needed per GPU | Headroom | Verdict |', '|---|---|---|---:|---:|---|');
        for (const c of shownChanged)
            parts.push(changeRow(c, options));
        parts.push('');
        if (sections.details)
            for (const c of shownDetails)
                parts.push(deploymentDetails(c.after, options), '');
    }
    if (shownUnchanged.length > 0) {
        parts.push(`<details><summary>${plural(unchanged.length, 'unchanged deployment')}</summary>`, '', ...TABLE_HEADER);
        for (const d of shownUnchanged)
            parts.push(tableRow(d, options));
        parts.push('', '</details>', '');
    }
    const omitted = changed.length - shownChanged.length + (sections.unchanged ? unchanged.length - shownUnchanged.length : 0);
    if (sections.details && shownDetails.length < withDetails.length)
        parts.push(detailsLeftOutLine(withDetails.length - shownDetails.length, where), '');
    if (omitted > 0)
        parts.push(leftOutLine(omitted, where), '');
    if (sections.footer)
        parts.push(footerLine(options));
    return parts.join('\n').trimEnd();
}

;// CONCATENATED MODULE: ./src/report/diff.ts
// What a pull request does to GPU fit: the report at the base commit against the report at the
// head, deployment by deployment. Files renamed in the pull request are matched through their
// old names; a deployment whose key changed but whose figures did not is a rename.
const key = (file, name) => `${file}\u0000${name}`;
function sameFigures(a, b) {
    return (a.verdict === b.verdict &&
        a.memory?.totalBytes === b.memory?.totalBytes &&
        a.availableBytes === b.availableBytes &&
        a.gpu?.name === b.gpu?.name &&
        a.gpu?.count === b.gpu?.count &&
        a.model === b.model &&
        a.engine === b.engine &&
        a.errors.length === b.errors.length);
}
/**
 * @param renamedFiles head file → base file, for manifests the pull request renamed.
 */
function diffReports(base, head, renamedFiles = new Map()) {
    const baseByKey = new Map(base.deployments.map((d) => [key(d.file, d.name), d]));
    const matched = new Set();
    const changes = [];
    const unmatchedHead = [];
    for (const after of head.deployments) {
        const baseFile = renamedFiles.get(after.file) ?? after.file;
        const before = baseByKey.get(key(baseFile, after.name));
        if (!before) {
            unmatchedHead.push(after);
            continue;
        }
        matched.add(before);
        const renamed = baseFile !== after.file;
        const status = !sameFigures(before, after) ? 'changed' : renamed ? 'renamed' : 'unchanged';
        changes.push({ status, before, after, ...(renamed ? { renamedFrom: { file: baseFile, name: before.name } } : {}) });
    }
    const unmatchedBase = base.deployments.filter((d) => !matched.has(d));
    for (const after of unmatchedHead) {
        const baseFile = renamedFiles.get(after.file) ?? after.file;
        // Same file, same figures, new name: the deployment was renamed.
        const before = unmatchedBase.find((b) => b.file === baseFile && !matched.has(b) && sameFigures(b, after) && b.errors.length === 0);
        if (before) {
            matched.add(before);
            changes.push({ status: 'renamed', before, after, renamedFrom: { file: before.file, name: before.name } });
        }
        else
            changes.push({ status: 'added', before: null, after });
    }
    for (const before of unmatchedBase)
        if (!matched.has(before))
            changes.push({ status: 'removed', before, after: null });
    return { changes, changed: changes.filter((c) => c.status !== 'unchanged').length };
}

;// CONCATENATED MODULE: ./src/constants.ts
// Names and limits shared by the action and the CLI.
/** Where manifests live by default: anywhere in the repository. */
const DEFAULT_MANIFEST_GLOBS = ['**/gpu-fit.yaml', '**/gpu-fit.yml', '**/*.gpu-fit.yaml', '**/*.gpu-fit.yml'];
/** GitHub rejects issue comments longer than this many characters. */
const COMMENT_MAX_CHARS = 65_536;
/** The job summary of one step must stay under 1 MiB. */
const SUMMARY_MAX_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** The hidden marker that identifies gpu-fit's sticky comment; comment-id keeps jobs apart. */
function commentMarker(commentId) {
    return `<!-- gpu-fit:comment-id=${commentId.replace(/-->/g, '')} -->`;
}
const COMMENT_MODES = (/* unused pure expression or super */ null && (['update', 'new', 'delete-and-new', 'hide-and-new', 'off']));

;// CONCATENATED MODULE: ./src/report/table.ts
// The terminal table the CLI prints: aligned plain text, then the problems with file:line:column.


function table_pad(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
    return rows.map((r) => r.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join('  ').trimEnd());
}
function renderText(report, units) {
    const rows = sortForReview(report.deployments);
    const out = [];
    const header = ['DEPLOYMENT', 'MODEL', 'GPU', 'NEEDED', 'AVAILABLE', 'HEADROOM', 'KV TOKENS (CONC.)', 'VERDICT'];
    const body = rows.map((d) => [
        d.name,
        d.model ?? '-',
        d.gpu ? `${d.gpu.count} x ${d.gpu.name}` : '-',
        d.memory ? formatBytes(d.memory.totalBytes, units) : '-',
        d.availableBytes !== null ? formatBytes(d.availableBytes, units) : '-',
        d.headroomBytes !== null && d.availableBytes
            ? `${formatBytes(d.headroomBytes, units)} (${formatPercent(d.headroomBytes / d.availableBytes)})`
            : '-',
        formatCapacity(d.kvCacheCapacityTokens, d.maxConcurrency).replace('—', '-'),
        d.verdict.toUpperCase(),
    ]);
    out.push(headline(report).replace(/^\S+\s/, ''), '');
    if (rows.length > 0)
        out.push(...table_pad([header, ...body]));
    const problems = [];
    for (const d of rows) {
        for (const e of d.errors)
            problems.push(`${e.file}:${e.line}:${e.column}: error: ${e.message}`);
        const at = d.decidedBy ? `${d.decidedBy.file}:${d.decidedBy.line}` : `${d.file}:${d.line}`;
        if (d.engineError)
            problems.push(`${at}: ${d.engine} would refuse to start: ${d.engineError}`);
        if ((d.verdict === 'undersized' || d.verdict === 'tight') && d.memory && d.availableBytes !== null) {
            const fit = d.recommendedGpus.length > 0 ? ` Smallest GPUs that fit: ${d.recommendedGpus.join(', ')}.` : '';
            problems.push(`${at}: ${d.verdict}: ${d.name} needs ${formatBytes(d.memory.totalBytes, units)} per GPU, ${formatBytes(d.availableBytes, units)} available.${fit}`);
        }
    }
    if (problems.length > 0)
        out.push('', ...problems);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/check-command.ts
// `gpu-fit [paths or globs...]`: check manifests and print the report.









/** Folders are searched with the default globs; files are taken as they are; anything else is a glob. */
async function expand(cwd, args) {
    if (args.length === 0)
        return { files: [], patterns: [...DEFAULT_MANIFEST_GLOBS], sourceFiles: [] };
    const files = [];
    const patterns = [];
    const sourceFiles = [];
    const manifestName = /(?:^|\/)(?:[^/]*\.)?gpu-fit\.ya?ml$/;
    for (const arg of args) {
        const info = await (0,promises_namespaceObject.stat)((0,external_node_path_namespaceObject.resolve)(cwd, arg)).catch(() => null);
        const rel = (0,external_node_path_namespaceObject.relative)(cwd, (0,external_node_path_namespaceObject.resolve)(cwd, arg)).split('\\').join('/');
        if (info?.isDirectory()) {
            // Searched from the folder itself, so folders outside the working directory work too.
            const found = await findManifests((0,external_node_path_namespaceObject.resolve)(cwd, arg), DEFAULT_MANIFEST_GLOBS);
            files.push(...found.map((f) => (rel === '' ? f : (0,external_node_path_namespaceObject.join)(rel, f).split('\\').join('/'))));
            if (found.length === 0)
                patterns.push(...DEFAULT_MANIFEST_GLOBS.map((g) => (rel === '' ? g : `${rel}/${g}`)));
        }
        else if (info?.isFile())
            (manifestName.test(rel) ? files : sourceFiles).push(rel);
        else
            patterns.push(arg);
    }
    return { files, patterns, sourceFiles };
}
function exitCode(report, failOn) {
    if (failOn === 'never')
        return 0;
    if (report.deployments.some((d) => d.verdict === 'error'))
        return 2;
    return report.result === 'fail' ? 1 : 0;
}
async function runCheck(cwd, args, options) {
    const { files, patterns, sourceFiles } = await expand(cwd, args);
    const { report, files: checked } = await checkManifests({
        root: cwd,
        patterns,
        files,
        minHeadroom: options.minHeadroom,
        failOn: options.failOn,
        models: options.models,
        sourcePatterns: [...(options.sources ?? []), ...sourceFiles],
    });
    if (checked.length === 0) {
        return { output: `No gpu-fit manifests found (looked for ${patterns.join(', ')}).`, code: 2 };
    }
    const markdown = { units: options.units, minHeadroom: options.minHeadroom };
    let output = options.format === 'json'
        ? JSON.stringify(report, null, 2)
        : options.format === 'markdown'
            ? renderMarkdown(report, markdown)
            : renderText(report, options.units);
    if (options.base !== undefined && options.format !== 'json') {
        // The same arguments, read from the other checkout.
        const baseRoot = (0,external_node_path_namespaceObject.resolve)(cwd, options.base);
        const base = await expand(baseRoot, args.map((a) => (0,external_node_path_namespaceObject.relative)(cwd, (0,external_node_path_namespaceObject.resolve)(cwd, a)) || '.'));
        const { report: baseReport } = await checkManifests({ root: baseRoot, patterns: base.patterns, files: base.files, minHeadroom: options.minHeadroom, failOn: options.failOn, models: options.models, sourcePatterns: [...(options.sources ?? []), ...base.sourceFiles] });
        const diff = diffReports(baseReport, report);
        output = options.format === 'markdown' ? renderDiffMarkdown(diff, report, markdown, { where: 'run without --base for all of them' }) : `Against ${options.base}: ${diffHeadline(diff, report)}\n\n${output}`;
    }
    return { output, code: exitCode(report, options.failOn) };
}

;// CONCATENATED MODULE: ./src/cli/estimate-command.ts
// `gpu-fit estimate`: the quick calculator. Flags are the manifest's field names with dashes,
// validated by the same rules as a manifest.








const ARCHITECTURE_FLAGS = [
    'num-parameters',
    'num-hidden-layers',
    'hidden-size',
    'num-attention-heads',
    'num-key-value-heads',
    'head-dim',
    'vocab-size',
    'intermediate-size',
];
const DEPLOYMENT_FLAGS = [
    'model',
    'revision',
    'config',
    'engine',
    'engine-version',
    'dtype',
    'quantization',
    'bits',
    'group-size',
    'kv-cache-dtype',
    'max-model-len',
    'concurrency',
    'gpu',
    'tensor-parallel-size',
    'pipeline-parallel-size',
    'gpu-memory-utilization',
    'mem-fraction-static',
    'max-num-seqs',
    'max-num-batched-tokens',
    'block-size',
    'enforce-eager',
    'n-gpu-layers',
    'flash-attention',
];
const snake = (flag) => flag.replace(/-/g, '_');
/** Flag values typed as YAML would type them ("7e9" → number, "bf16" → text). */
function typed(value) {
    try {
        return (0,dist/* parse */.qg)(value);
    }
    catch {
        return value;
    }
}
function line(label, c, units) {
    const inputs = Object.entries(c.inputs)
        .map(([k, v]) => `${k}=${formatInput(v)}`)
        .join(', ');
    return `${label.padEnd(12)} ${formatBytes(c.bytes, units).padStart(12)}  ${c.formula}${inputs ? `\n${' '.repeat(27)}${inputs}` : ''}`;
}
async function runEstimate(values, units, format, minHeadroom, models) {
    const deployment = {};
    const architecture = {};
    for (const flag of DEPLOYMENT_FLAGS)
        if (values[flag] !== undefined)
            deployment[snake(flag)] = typed(values[flag]);
    for (const flag of ARCHITECTURE_FLAGS)
        if (values[flag] !== undefined)
            architecture[snake(flag)] = typed(values[flag]);
    if (Object.keys(architecture).length > 0)
        deployment.architecture = architecture;
    for (const key of ['gpu', 'engine_version', 'quantization', 'model', 'revision', 'config']) {
        if (typeof deployment[key] === 'number')
            deployment[key] = String(values[key.replace(/_/g, '-')]);
    }
    const parsed = parseManifest((0,dist/* stringify */.As)({ version: 1, deployments: { estimate: deployment } }), 'command line', false);
    const loaded = resolveManifest(parsed, models ? await models.answer(modelRefs(parsed)) : undefined);
    if (loaded.failed.length > 0) {
        const messages = loaded.failed.flatMap((f) => f.errors.map((e) => `error: ${e.message.replace(/`([a-z_.]+)`/g, (_, f) => `--${f.replace(/^architecture\./, '').replace(/_/g, '-')}`)}`));
        return { output: messages.join('\n'), code: 2 };
    }
    const d = loaded.resolved[0];
    const result = estimate(d.input);
    const hasGpu = d.input.gpu !== NO_GPU;
    const fitting = recommendGpus(d.input, CATALOG_GPUS, minHeadroom, Infinity);
    const judgement = hasGpu ? judge(result, minHeadroom) : null;
    if (format === 'json') {
        const json = {
            model: d.modelLabel,
            engine: result.engine,
            parameters: result.parameters.total,
            memory: {
                weightsBytes: result.weights.bytes,
                kvCacheBytes: result.kvCache.bytes,
                activationBytes: result.activations.bytes,
                overheadBytes: result.overhead.bytes,
                totalBytes: result.totalBytes,
            },
            breakdown: { weights: result.weights, kvCache: result.kvCache, activations: result.activations, overhead: result.overhead },
            gpu: hasGpu ? { name: d.gpuName, count: d.gpuCount, memoryBytes: d.input.gpu.memoryBytes } : null,
            availableBytes: hasGpu ? result.availableBytes : null,
            headroomBytes: judgement?.headroomBytes ?? null,
            verdict: judgement?.verdict ?? null,
            kvCacheCapacityTokens: hasGpu ? (result.kvCacheCapacityTokens ?? null) : null,
            maxConcurrency: hasGpu ? (result.maxConcurrency ?? null) : null,
            engineError: hasGpu ? (result.startupError ?? null) : null,
            fittingGpus: fitting,
            notes: [...d.notes, ...result.notes],
        };
        return { output: JSON.stringify(json, null, 2), code: 0 };
    }
    const out = [
        `Model       ${d.modelLabel} (${formatCount(result.parameters.total)} parameters)`,
        `Engine      ${result.engine}${d.gpuCount > 1 ? `, ${d.gpuCount} GPUs (figures per GPU)` : ''}`,
        '',
        line('Weights', result.weights, units),
        line('KV cache', result.kvCache, units),
        line('Activations', result.activations, units),
        line('Overhead', result.overhead, units),
        `${'Total'.padEnd(12)} ${formatBytes(result.totalBytes, units).padStart(12)}`,
    ];
    if (hasGpu && judgement) {
        out.push('', `GPU         ${d.gpuCount} x ${d.gpuName}: ${formatBytes(result.availableBytes, units)} available, headroom ${formatBytes(judgement.headroomBytes, units)}: ${judgement.verdict.toUpperCase()}`);
        if (result.kvCacheCapacityTokens !== undefined) {
            const times = result.maxConcurrency === undefined ? '' : ` = ${result.maxConcurrency.toFixed(2)} × max_model_len (${formatInteger(d.input.serving.maxModelLen)})`;
            out.push(`KV cache    ${formatInteger(result.kvCacheCapacityTokens)} tokens${times}`);
        }
        if (result.startupError)
            out.push(`${result.engine} would refuse to start: ${result.startupError}`);
    }
    out.push('', fitting.length > 0 ? `GPUs that fit, smallest first: ${fitting.join(', ')}` : 'No catalog GPU fits at this count.');
    for (const note of [...d.notes, ...result.notes])
        out.push(`note: ${note}`);
    return { output: out.join('\n'), code: judgement && judgement.verdict === 'undersized' ? 1 : 0 };
}

;// CONCATENATED MODULE: ./src/cli/usage.ts
const USAGE = `gpu-fit: does each LLM deployment fit its GPU?

Usage:
  gpu-fit [paths or globs...] [options]   check manifests (default: gpu-fit manifests under .)
  gpu-fit estimate [options]              the quick calculator: one model, one breakdown
  gpu-fit gpus                            list the GPU catalog
  gpu-fit models                          list the model catalog
  gpu-fit schema                          print the manifest's JSON Schema

Models outside the built-in catalog are read from the Hugging Face Hub (HF_ENDPOINT, default
https://huggingface.co; a token for gated models in HF_TOKEN). --offline reads no Hub.

Check options:
  --format table|markdown|json   output (default table)
  --units GiB|GB                 memory unit shown (default GiB)
  --offline                      only the built-in catalog and local config.json files
  --sources GLOB                 deployment files to check too (Kubernetes, KServe, Helm
                                 output, Compose); repeatable. A file given as an argument
                                 that is not named *gpu-fit.yaml is read as one.
  --fail-on undersized|tight|never
                                 what makes the exit code 1 (default undersized)
  --min-headroom 0.1             share of available memory that must stay free
  --base DIR                     compare with the same manifests in another checkout
                                 (git worktree add ../base main), as on a pull request;
                                 with --format markdown, prints the pull-request comment

Estimate options (manifest field names, with dashes):
  --model ID [--revision REV] | --config PATH/config.json | --num-parameters N --num-hidden-layers L --hidden-size H
               [--num-attention-heads A --num-key-value-heads K --head-dim D]
  --engine generic|vllm|sglang|tgi|llama.cpp|ollama|transformers   --engine-version V
  --dtype auto|float32|float16|bfloat16   --quantization NAME (fp8, awq, gptq, Q4_K_M, ...)
  --bits N --group-size N   --kv-cache-dtype NAME   --max-model-len S   --concurrency B
  --gpu NAME   --tensor-parallel-size N   --pipeline-parallel-size N
  --gpu-memory-utilization F | --mem-fraction-static F   --max-num-seqs N
  --max-num-batched-tokens N   --block-size N   --enforce-eager true|false
  --n-gpu-layers N   --flash-attention true|false   --units GiB|GB   --format table|json

Exit codes: 0 all fit, 1 a deployment is undersized (or tight with --fail-on tight),
2 invalid input.`;

;// CONCATENATED MODULE: ./src/cli/index.ts
// The gpu-fit command line: the action's checks on a laptop.











class UsageError extends Error {
}
function choice(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (!hit)
        throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
    return hit;
}
function fraction(value) {
    if (value === undefined)
        return 0.1;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0 || n >= 1)
        throw new UsageError(`--min-headroom must be a fraction from 0 to below 1; got "${value}"`);
    return n;
}
async function main(argv) {
    const options = {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        offline: { type: 'boolean' },
        sources: { type: 'string', multiple: true },
    };
    for (const flag of [...ARCHITECTURE_FLAGS, ...DEPLOYMENT_FLAGS, 'format', 'units', 'fail-on', 'min-headroom', 'base']) {
        options[flag] = { type: 'string' };
    }
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, allowPositionals: true, strict: true, options });
    }
    catch (e) {
        throw new UsageError(e.message);
    }
    const values = parsed.values;
    const positionals = parsed.positionals;
    if (values.help) {
        console.log(USAGE);
        return 0;
    }
    if (values.version) {
        console.log(package_namespaceObject.rE);
        return 0;
    }
    const units = choice('units', values.units, DISPLAY_UNITS, 'GiB');
    const minHeadroom = fraction(values['min-headroom']);
    const command = positionals[0];
    const models = modelSourceFromEnv({
        root: process.cwd(),
        offline: values.offline === true,
        token: (process.env.HF_TOKEN ?? '').trim(),
        tokenHint: 'HF_TOKEN',
        offlineHint: 'drop --offline',
    });
    if (command === 'estimate') {
        const format = choice('format', values.format, ['table', 'json'], 'table');
        const { output, code } = await runEstimate(values, units, format, minHeadroom, models);
        (code === 2 ? console.error : console.log)(output);
        return code;
    }
    if (command === 'gpus') {
        for (const g of [...GPUS].sort((a, b) => a.memory.bytes - b.memory.bytes)) {
            console.log(`${g.name.padEnd(22)} ${formatBytes(g.memory.bytes, units).padStart(11)}  ${g.architecture.padEnd(13)} (${g.memory.basis})`);
        }
        return 0;
    }
    if (command === 'models') {
        for (const m of MODELS)
            console.log(m.id);
        return 0;
    }
    if (command === 'schema') {
        console.log(JSON.stringify(manifestJsonSchema(), null, 2));
        return 0;
    }
    for (const flag of [...ARCHITECTURE_FLAGS, ...DEPLOYMENT_FLAGS]) {
        if (values[flag] !== undefined)
            throw new UsageError(`--${flag} belongs to \`gpu-fit estimate\`; manifests carry it when checking`);
    }
    const format = choice('format', values.format, ['table', 'markdown', 'json'], 'table');
    const failOn = choice('fail-on', values['fail-on'], FAIL_ON, 'undersized');
    const base = values.base;
    if (base !== undefined && format === 'json')
        throw new UsageError('--base compares for the table and markdown formats; the JSON report is the head alone');
    const sources = values.sources ?? [];
    const { output, code } = await runCheck(process.cwd(), positionals, { format, units, failOn, minHeadroom, base, models, sources });
    console.log(output);
    return code;
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    if (error instanceof UsageError) {
        console.error(`gpu-fit: ${error.message}\nRun gpu-fit --help for usage.`);
        process.exitCode = 2;
    }
    else {
        console.error(`gpu-fit: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 2;
    }
});

