// Each setting is checked on its own: a wrong type or range falls back to that setting's default (the
// manifest's), and the problem names the setting, the value found and the value used.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkSetting, SETTING_RULES, type SettingKey } from '../../../src/host/settingRules';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { default: unknown; enum?: unknown[] }> } };
};
const properties = manifest.contributes.configuration.properties;
const keys = Object.keys(SETTING_RULES) as SettingKey[];

describe('settings checks', () => {
  it('know exactly the manifest settings, and keep their last-resort fallbacks equal to its defaults', () => {
    assert.deepEqual(keys.map((k) => `activationPlayground.${k}`).sort(), Object.keys(properties).sort());
    for (const k of keys) assert.deepEqual(SETTING_RULES[k].fallback, properties[`activationPlayground.${k}`].default, k);
  });

  it("accept every manifest default, and the defaultFramework enum is the checker's list", () => {
    for (const k of keys) assert.equal(checkSetting(k, properties[`activationPlayground.${k}`].default, () => undefined).problem, undefined, k);
    for (const f of properties['activationPlayground.defaultFramework'].enum ?? []) assert.equal(checkSetting('defaultFramework', f, () => 'torch').problem, undefined);
  });

  const bad: [SettingKey, unknown][] = [
    ['languages', 'python'], ['languages', [123]], ['languages', ['']], ['languages', null],
    ['hover.enabled', 'yes'], ['hover.enabled', 0], ['inlineValues.enabled', 'true'],
    ['significantDigits', 0], ['significantDigits', 18], ['significantDigits', 6.5], ['significantDigits', '6'],
    ['defaultFramework', 'pytorch'], ['defaultFramework', 3],
    ['plot.vanishingGradientThreshold', -0.1], ['plot.vanishingGradientThreshold', 2], ['plot.vanishingGradientThreshold', '0.01'],
  ];
  for (const [key, value] of bad) {
    it(`${key} = ${JSON.stringify(value)} falls back to the default and says so`, () => {
      const fallback = properties[`activationPlayground.${key}`].default;
      const r = checkSetting(key, value, () => fallback);
      assert.deepEqual(r.value, fallback);
      assert.equal(r.problem?.key, key);
      assert.equal(r.problem?.given, JSON.stringify(value));
      // long values are shortened to 80 characters in the message
      // The default is ours and short enough to show whole (the language list is the longest).
      assert.equal(r.problem?.used, JSON.stringify(fallback));
      assert.match(r.problem?.expected ?? '', /^should be /);
    });
  }

  it('keeps good values and an empty language list (a user turning every language off)', () => {
    assert.deepEqual(checkSetting('languages', [], () => ['python']).value, []);
    assert.equal(checkSetting('significantDigits', 17, () => 6).value, 17);
    assert.equal(checkSetting('significantDigits', undefined, () => 6).problem, undefined);
  });

  it("asks for the manifest's default only for a value that does not fit (a good value costs one read)", () => {
    const unread = () => assert.fail('the default was read');
    assert.equal(checkSetting('significantDigits', 4, unread).value, 4);
    assert.deepEqual(checkSetting('languages', ['python'], unread).value, ['python']);
    assert.equal(checkSetting('significantDigits', 40, () => 6).value, 6);
  });

  it('shows a huge or unprintable value shortened, never throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.equal(checkSetting('languages', cyclic, () => []).problem?.given, 'object');
    assert.ok((checkSetting('languages', 'x'.repeat(1000), () => []).problem?.given.length ?? 0) <= 120);
  });
});
