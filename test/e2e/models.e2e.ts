// The hover in model code through the real UI (issue 11): a module called through its binding, and a
// transformers config.json key.
import * as assert from 'node:assert/strict';
import { workbench } from './support';

describe('hover in model code (user path)', () => {
  afterEach(async () => {
    await workbench().reset();
  });

  it('self.act(x) in a timm-style block shows nn.GELU, the default of act_layer', async () => {
    const hover = await workbench().hoverAt('timm_block.py', 'self.act(x)', { offset: 6, until: /act_layer/ });
    assert.match(hover.text, /torch\.nn\.GELU/);
    assert.match(hover.text, /shown is its default, nn\.GELU/);
  });

  it('"hidden_act": "gelu_new" in config.json shows the tanh form of GELU', async () => {
    const hover = await workbench().hoverAt('bert-style/config.json', '"gelu_new"', { offset: 3, until: /transformers/ });
    assert.match(hover.text, /approximate='tanh'/);
    assert.match(hover.text, /as transformers reads it/);
  });
});
