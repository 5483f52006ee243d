/**
 * Frequent passwords of at least 10 characters (shorter ones already fail the length rule), from public
 * breach top lists. Compared lower-cased. Small on purpose: it stops the guesses attackers try first.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '!@#$%^&*()', '0000000000', '0123456789', '0987654321', '1111111111', '11111111111', '1212121212', '123123123123',
  '1234123412', '1234512345', '123451234512345', '1234567890', '1234567890a', '1234567890q', '12345678910', '123456789a',
  '123456789q', '123musicroom', '1a2b3c4d5e', '1password1', '1q2w3e4r1q2w3e4r', '1q2w3e4r5t', '1q2w3e4r5t6y', '1qaz!qaz2wsx',
  '1qaz2wsx3edc', '1qazxsw23edc', '2222222222', '3333333333', '4444444444', '5555555555', '6666666666', '7777777777',
  '8888888888', '9876543210', '987654321a', '9999999999', 'a123456789', 'a1b2c3d4e5', 'a1s2d3f4g5', 'aa12345678',
  'aaaaaaaaaa', 'abc1234567', 'abc123456789', 'abcd123456', 'abcdefg123', 'abcdefghij', 'abcdefghijk', 'access1234',
  'admin12345', 'admin123456', 'adminadmin', 'adminadmin1', 'administrator', 'administrator1', 'arsenal123', 'asdasdasdasd',
  'asdfghjkl1', 'asdfghjkl123', 'asdfghjkl;', 'autumn2024', 'barcelona1', 'baseball123', 'basketball', 'basketball1',
  'batman1234', 'blink182182', 'butterfly1', 'changeme123', 'changeme1234', 'charlie123', 'chelsea123', 'chocolate1',
  'chocolate12', 'computer12', 'computer123', 'dragon1234', 'football123', 'football1234', 'freedom123', 'fuckyou123',
  'goodluck123', 'harrypotter', 'harrypotter1', 'hello12345', 'hello123456', 'helloworld', 'helloworld1', 'helloworld123',
  'iloveyou!!', 'iloveyou12', 'iloveyou123', 'iloveyou1234', 'iloveyouiloveyou', 'internet123', 'january2024', 'jennifer123',
  'juventus123', 'letmein123', 'letmein1234', 'liverpool1', 'liverpool123', 'lovelylovely', 'loveyou123', 'manchester',
  'manchester1', 'master1234', 'metallica1', 'michael123', 'minecraft1', 'minecraft123', 'monkey1234', 'music12345',
  'musiclover', 'musiclover1', 'musicroom1', 'musicroom123', 'musicroom2024', 'mypassword', 'mypassword1', 'mypassword123',
  'ncc17011701', 'nirvana1234', 'p4ssw0rd123', 'p@ssw0rd123', 'p@ssword123', 'pass123456', 'pass1234567', 'passw0rd12',
  'passw0rd123', 'password!!', 'password01', 'password12', 'password123', 'password123!', 'password1234', 'password12345',
  'password2024', 'password2025', 'password2026', 'passwordpassword', 'pokemon123', 'princess123', 'q1w2e3r4t5', 'q1w2e3r4t5y6',
  'qazwsxedc123', 'qazwsxedcrfv', 'qweasdzxc1', 'qweasdzxc123', 'qwerty!@#$', 'qwerty1234', 'qwerty12345', 'qwerty123456',
  'qwertyqwerty', 'qwertyui123', 'qwertyuiop', 'qwertyuiop123', 'realmadrid', 'root123456', 'rootroot123', 'secret1234',
  'secret123456', 'shadow1234', 'soundcloud', 'spotify123', 'spotify1234', 'spring2024', 'starwars12', 'starwars123',
  'summer2024', 'summer2025', 'sunshine123', 'superman123', 'test123456', 'testing123', 'testtest123', 'trustno1234',
  'welcome123', 'welcome1234', 'welcome2024', 'welcome2025', 'welcome2026', 'whatever123', 'winter2024', 'winter2025',
  'z1x2c3v4b5', 'zaq12wsxcde3', 'zaq1zaq1zaq1', 'zxcvbnm123', 'zxcvbnm1234',
]);
