import rule from "../../../rules/nova/dollar-in-secret.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const message = (option: string, column: number): string =>
  `${option} contains an unescaped "$" at column ${column}: oslo.config treats it as a reference to another option, so the credential the service uses is not the one written. Write "$$" for a literal "$".`;
const literal = (at: number) => [{ desc: 'Write "$$" for a literal "$".', fix: { range: [at, at] as [number, number], text: "$" } }];

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[neutron]\npassword = s3cret\n",
    { name: "escaped or not before a name", code: "[neutron]\npassword = a$$b\\$c$1$-$\n" },
    { name: "outside URL passwords other options are nova/unresolved-substitution's", code: "[DEFAULT]\nstate_path = /srv/$nothing\n[vnc]\nnovncproxy_base_url = http://admin:pw@192.0.2.1/$path\n" },
    { name: "keys oslo.config never reads substitute nothing", code: "[DEFAULT]\nrabbit_password = pa$word\n[default]\ntransport_url = rabbit://u:p$w@h//\n" },
  ],
  invalid: [
    {
      name: "a password: the column places the $, nothing of the secret is printed",
      code: "[neutron]\npassword = pa$word\n",
      errors: [
        {
          messageId: "unescapedDollar",
          message: message("[neutron] password", 14),
          severity: "error",
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 19,
          fix: null,
          suggestions: literal(23),
        },
      ],
    },
    {
      name: "the spec's example: a database URL",
      code: "[database]\nconnection = mysql://nova:Db$Pw@db/nova\n",
      errors: [{ message: message("[database] connection", 29), line: 2, column: 14, endColumn: 40, suggestions: literal(39) }],
    },
    {
      name: "every $ of the value, whether the name resolves or not, braced or only opening a brace",
      code: "[placement]\npassword = pa$host${x}a${\n",
      errors: [
        { message: message("[placement] password", 14), suggestions: literal(25) },
        { message: message("[placement] password", 19), suggestions: literal(30) },
        { message: message("[placement] password", 24), suggestions: literal(35) },
      ],
    },
    {
      name: "a URL password in any option; `$\\$x` is `$$$x` for oslo, a reference to x",
      code: "[DEFAULT]\ntransport_url = rabbit://nova:Rabbit$Pw@h1,nova:ok@h2//\n[vnc]\nnovncproxy_base_url = http://admin:a$\\$x@192.0.2.1/\n",
      errors: [
        { message: message("[DEFAULT] transport_url", 37), line: 2, suggestions: literal(46) },
        { message: message("[vnc] novncproxy_base_url", 39), line: 4, suggestions: literal(110) },
      ],
    },
    {
      name: "columns count UTF-16 code units on the line; CRLF; a case-variant section",
      code: "[NEUTRON]\r\npassword = é$x\r\n",
      errors: [{ message: message("[neutron] password", 13), line: 2, suggestions: literal(23) }],
    },
  ],
});
