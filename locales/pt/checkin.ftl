## O check-in diário (configurado no fim da conversa sobre reconstruir a confiança).

## Notificações de lembrete. Podem aparecer na tela bloqueada, onde outra pessoa pode ver:
## nunca mencione o assunto, o par, reconstrução, traição ou sentimentos.
checkin-notify-morning = Seu check-in da manhã está pronto, quando você tiver um minuto.
checkin-notify-afternoon = Seu check-in da tarde está pronto, quando você tiver um minuto.
checkin-notify-evening = Seu check-in da noite está pronto, quando você tiver um minuto.

## A abertura do check-in de hoje, por papel
checkin-intro-did = Este é o check-in de hoje: três toques rápidos sobre o seu dia e sobre quanta transparência você conseguiu ter. Não existe resposta errada.
checkin-intro-affected = Este é o check-in de hoje: três toques rápidos sobre o seu dia e sobre as suas necessidades. Não existe resposta errada.
checkin-intro-together = Este é o check-in de hoje: três toques rápidos sobre o seu dia e sobre a proximidade entre vocês. Não existe resposta errada.

## Como foi o dia, de muito difícil a bom
checkin-q-day = Como foi o dia de hoje?
checkin-day-1 = Muito difícil
checkin-day-2 = Pesado
checkin-day-3 = Com altos e baixos
checkin-day-4 = Mais ou menos estável
checkin-day-5 = Bom

## A pergunta de cada papel; as três respostas são as mesmas
checkin-q-open-did = Hoje você se abriu com seu par, contando as coisas antes de qualquer pergunta?
checkin-q-met-affected = Hoje você sentiu escuta e acolhimento?
checkin-q-close-together = Hoje houve conexão entre vocês?
checkin-scale-1 = Não muito
checkin-scale-2 = Em parte
checkin-scale-3 = Sim

## O que ajudaria amanhã
checkin-q-tomorrow = O que ajudaria amanhã?
checkin-need-reassurance = Um pouco de acolhimento
checkin-need-space = Um pouco de espaço
checkin-need-talk = Tempo para conversar
checkin-need-time-together = Tempo a dois
checkin-need-nothing = Nada em especial

## Frases de fechamento, conforme o dia. Nunca uma nota, uma sequência ou uma avaliação.
checkin-thanks-hard = Obrigado por aparecer num dia difícil. Um dia assim diz alguma coisa; não é um fracasso. Pegue leve com você.
checkin-thanks-mixed = Obrigado. Dias com altos e baixos fazem parte desse processo. Seja o que for que amanhã trouxer, dá para ir um passo de cada vez.
checkin-thanks-good = Obrigado. Que bom saber que hoje foi mais estável. Vale reparar nisso.
checkin-missed-ok = Que bom ter você de volta. Não precisa compensar os dias que passaram: o check-in de hoje é tudo o que importa.
