import { hasForbiddenCharacter } from './characters';
import { messageBodyProblem } from './live-protocol';

describe('hasForbiddenCharacter', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', 'bell\u0007'],
    ['backspace', 'x\u0008'],
    ['vertical tab', 'a\u000Bb'],
    ['form feed', 'a\u000Cb'],
    ['escape', '\u001B[31m'],
    ['DEL', 'del\u007F'],
    ['C1 next line', 'a\u0085b'],
    ['C1', '\u009F'],
    ['a lone surrogate', 'half \uD83D'],
  ])('refuses %s', (_, text) => {
    expect(hasForbiddenCharacter(text)).toBe(true);
  });

  it('lets tabs, line breaks and any language through', () => {
    expect(hasForbiddenCharacter('Ordre du jour :\r\n\t1. Logement\n2. Santé — مرحبا ሰላም 🇫🇷 e\u0301')).toBe(false);
  });

  it('is the rule for message bodies too', () => {
    expect(messageBodyProblem('bell\u0007')).not.toBeNull();
    expect(messageBodyProblem('ligne\nsuivante\t!')).toBeNull();
  });
});
