//! The WebAssembly entry points: a thin layer that turns JavaScript values into
//! Rust ones and the [`Analysis`](crate::Analysis) into a plain JavaScript
//! object, the same as its JSON form (a missing speaker is `null`). The
//! result crosses packed ([`transfer`]) and `decode.js` builds the objects.
//!
//! Errors reach JavaScript as thrown `Error`s with a message. That includes a
//! panic, which would otherwise be a wordless `RuntimeError: unreachable`
//! that leaves the instance broken: the panic hook logs the panic, asks
//! wasm-bindgen to give the next call a fresh instance, and throws the message.

use std::sync::Once;

use wasm_bindgen::prelude::*;

pub mod transfer;

#[wasm_bindgen(module = "/src/wasm/decode.js")]
extern "C" {
    #[wasm_bindgen(js_name = decodeAnalysis)]
    fn decode_analysis(words: &[u32], confidences: &[f64], strings: &str) -> JsValue;
    #[wasm_bindgen(js_name = ownPacked)]
    fn own_packed(words: &[u32], confidences: &[f64], strings: &str) -> JsValue;
}

/// The plain JavaScript object of `analysis`: the same fields, values and
/// order as its JSON form.
pub fn to_js(analysis: &crate::Analysis) -> JsValue {
    let packed = transfer::pack(analysis);
    decode_analysis(&packed.words, &packed.confidences, &packed.strings)
}

/// Analyzes `text` and returns the [`Analysis`](crate::Analysis) as a plain
/// object: offsets in UTF-16 code units, a missing value `null` (never
/// `undefined`). Throws an `Error` when `text` is not a string.
///
/// Its TypeScript signature is `analyze(text: string): Analysis`, with the
/// `Analysis` interface generated from the Rust type (tsify).
#[wasm_bindgen(js_name = analyze, unchecked_return_type = "Analysis")]
pub fn analyze_js(
    #[wasm_bindgen(unchecked_param_type = "string", param_description = "the article, as plain text")] text: JsValue,
) -> Result<JsValue, JsError> {
    Ok(to_js(&crate::analyze(&text_of(text, "analyze")?)))
}

/// Analyzes `text` like `analyze`, but returns the result packed:
/// `{words: Uint32Array, confidences: Float64Array, strings: string}`, whose
/// arrays own their buffers. A worker posts it with those two buffers as
/// transferables and the page decodes it with `decodePacked` (from
/// `article-analyzer/decode`): the page's thread then spends milliseconds,
/// not the better part of a second, taking in the analysis of a long text.
#[wasm_bindgen(js_name = analyzePacked, unchecked_return_type = "PackedAnalysis")]
pub fn analyze_packed_js(
    #[wasm_bindgen(unchecked_param_type = "string", param_description = "the article, as plain text")] text: JsValue,
) -> Result<JsValue, JsError> {
    let packed = transfer::pack(&crate::analyze(&text_of(text, "analyzePacked")?));
    Ok(own_packed(&packed.words, &packed.confidences, &packed.strings))
}

#[wasm_bindgen(typescript_custom_section)]
const PACKED_ANALYSIS: &str = r#"
/** An Analysis packed for postMessage; `decodePacked` in `article-analyzer/decode` unpacks it. */
export interface PackedAnalysis {
    words: Uint32Array;
    confidences: Float64Array;
    strings: string;
}
"#;

/// The string `text`, or the error that says `function` takes one.
fn text_of(text: JsValue, function: &str) -> Result<String, JsError> {
    install_panic_hook();
    text.as_string().ok_or_else(|| {
        let got = if text.is_null() { "null".to_string() } else { text.js_typeof().as_string().unwrap_or_default() };
        JsError::new(&format!("{function}(text) takes a string, not {got}"))
    })
}

/// The analyzer's version, as in its package.json.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// Panics on purpose, so that tests can check what JavaScript sees when the
/// analyzer fails: a thrown `Error` with this message, and a module that still
/// works for the next call. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = _failForTesting, skip_typescript)]
pub fn fail_for_testing(message: &str) {
    install_panic_hook();
    panic!("{message}");
}

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            // panic=abort cannot unwind: this instance is done. The next call
            // into the module gets a fresh one (wasm-bindgen's reinit hook).
            wasm_bindgen::handler::schedule_reinit();
            // (`PanicHookInfo::payload_as_str` says this, but needs Rust 1.91.)
            let payload = info.payload();
            let message = payload
                .downcast_ref::<&str>()
                .copied()
                .or_else(|| payload.downcast_ref::<String>().map(String::as_str));
            wasm_bindgen::throw_str(&format!("article-analyzer failed: {}", message.unwrap_or("panic")));
        }));
    });
}
