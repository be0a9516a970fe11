// Jira's query language. Keywords are case-insensitive; anything else is a bare word or a quoted string.
// The parse tree is turned into dev.meridian.search.internal.Jql's tree by TreeBuilder; errors are reworded by Errors.
grammar Jql;

options { caseInsensitive = true; }

query      : orExpr? orderBy? EOF ;
orExpr     : andExpr (OR andExpr)* ;
andExpr    : notExpr (AND notExpr)* ;
notExpr    : NOT notExpr
           | LPAREN orExpr RPAREN
           | clause
           ;
clause     : field ( compareOp operand
                   | IS NOT? operand
                   | NOT? IN operand
                   | WAS NOT? IN? operand wasPredicate*
                   | CHANGED changePredicate*
                   ) ;
compareOp  : EQ | NEQ | LT | GT | LTE | GTE | LIKE | NOT_LIKE ;
wasPredicate    : (AFTER | BEFORE | ON | BY) operand | DURING operand ;
changePredicate : (FROM | TO) operand | wasPredicate ;
operand    : EMPTY | NULL | value | function | list ;
list       : LPAREN operand (COMMA operand)* RPAREN ;
function   : WORD LPAREN (argument (COMMA argument)*)? RPAREN ;
argument   : WORD | QUOTED ;
value      : WORD | QUOTED ;
field      : WORD | QUOTED ;
orderBy    : ORDER BY sortKey (COMMA sortKey)* ;
sortKey    : field (ASC | DESC)? ;

AND      : 'and' | '&&' | '&' ;
OR       : 'or' | '||' | '|' ;
NOT      : 'not' | '!' ;
IN       : 'in' ;
IS       : 'is' ;
EMPTY    : 'empty' ;
NULL     : 'null' ;
WAS      : 'was' ;
CHANGED  : 'changed' ;
FROM     : 'from' ;
TO       : 'to' ;
BY       : 'by' ;
AFTER    : 'after' ;
BEFORE   : 'before' ;
ON       : 'on' ;
DURING   : 'during' ;
ORDER    : 'order' ;
ASC      : 'asc' ;
DESC     : 'desc' ;
EQ       : '=' ;
NEQ      : '!=' ;
LTE      : '<=' ;
GTE      : '>=' ;
LT       : '<' ;
GT       : '>' ;
LIKE     : '~' ;
NOT_LIKE : '!~' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
COMMA    : ',' ;
QUOTED   : '"' (~["\\\r\n] | ESCAPE)* '"' | '\'' (~['\\\r\n] | ESCAPE)* '\'' ;
UNCLOSED : '"' (~["\\\r\n] | ESCAPE)* | '\'' (~['\\\r\n] | ESCAPE)* ;
WORD     : [\p{L}\p{N}_\-.@/:*+]+ ;
WS       : [ \t\r\n\u00a0]+ -> skip ;
ANY      : . ;

fragment ESCAPE : '\\' . ;
