import { describe, expect, it } from 'vitest';
import { describeAgent, displayAddress } from './sessionClient';

describe('describeAgent', () => {
  it('names the browser with its major version and the system', () => {
    expect(
      describeAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      ),
    ).toBe('Chrome 131 · Windows');
    expect(
      describeAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70',
      ),
    ).toBe('Edge 131 · Windows');
    expect(
      describeAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari 17 · iOS');
    expect(
      describeAgent('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'),
    ).toBe('Firefox 133 · Linux');
    expect(describeAgent('curl/8.5.0')).toBe('curl 8');
  });

  it('shows an agent it cannot read as it is, and nothing for none', () => {
    expect(describeAgent('Firefox')).toBe('Firefox');
    expect(describeAgent(null)).toBeNull();
  });
});

describe('displayAddress', () => {
  it('shows IPv4 as IPv4, also when it came IPv4-mapped', () => {
    expect(displayAddress('192.168.1.20')).toBe('192.168.1.20');
    expect(displayAddress('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(displayAddress('0:0:0:0:0:ffff:127.0.0.1')).toBe('127.0.0.1');
  });

  it('shortens a full IPv6 address', () => {
    expect(displayAddress('0:0:0:0:0:0:0:1')).toBe('::1');
    expect(displayAddress('2001:0db8:0:0:0:0:0:42')).toBe('2001:db8::42');
    expect(displayAddress('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2:3:4:5:6');
    expect(displayAddress('::1')).toBe('::1');
    expect(displayAddress(null)).toBeNull();
  });
});
