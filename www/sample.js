// A sample article, written for this page (no real events or people).

export const SAMPLE_ARTICLE = `Harbour town races to reopen port before storm season

By Jo Allen

ROTTERDAM — “We will reopen the port within a week,” said Elena Novak, head of the port authority, on Thursday.

Novak, 52, later told reporters that the closure had been “a painful necessity.” She added: “Nobody wanted this, but safety comes first.”

Shipping firms were less sure. “We lost millions,” said Tomas Berg, who runs a ferry company. “Every day the port stays shut costs us.”

The harbour master said the first container ships could dock by Friday, weather permitting.

According to a senior official at the transport ministry, “the damage is under control.”

“It was the right decision,” the harbour pilots’ union said in a statement.

“We will rebuild,” Novak said, “and we will be stronger.”

The council called the so-called “recovery plan” a fair start.

Related
Storm Season Arrives Early Across The North Sea
Why Small Ports Matter For Global Trade
Follow Jo Allen on Twitter @joallen.`;
