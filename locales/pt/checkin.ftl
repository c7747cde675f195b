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
checkin-q-met-affected = Hoje você sentiu que houve escuta de verdade?
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
checkin-thanks-hard-2 = Obrigado por fazer o check-in, mesmo hoje. Dias difíceis fazem parte de atravessar isso; não provam que não está dando certo. Descanse se puder.
checkin-thanks-hard-3 = Obrigado pela sinceridade sobre hoje. Você não precisa resolver nada esta noite: chegar ao fim do dia já basta.
checkin-thanks-hard-4 = Obrigado pelo check-in. Tem dias que são mais sobre aguentar firme, e hoje parece ter sido um deles. Por hoje, isso basta.
checkin-thanks-hard-5 = Obrigado por contar como foi de verdade. Hoje à noite, seja tão gentil com você quanto seria com alguém de quem gosta num dia assim.
checkin-thanks-mixed = Obrigado. Dias com altos e baixos fazem parte desse processo. Seja o que for que amanhã trouxer, dá para ir um passo de cada vez.
checkin-thanks-mixed-2 = Obrigado. Altos e baixos são o normal nesse caminho. Amanhã é outro dia.
checkin-thanks-mixed-3 = Obrigado pelo check-in. Um dia mais ou menos também conta; ninguém está dando nota.
checkin-thanks-mixed-4 = Obrigado. Hoje umas coisas deram certo e outras não; vale notar as duas, e nenhuma conta a história toda.
checkin-thanks-mixed-5 = Obrigado pelo check-in. Um dia irregular não define o rumo. Amanhã a gente vê como fica.
checkin-thanks-good = Obrigado. Que bom saber que hoje foi mais estável. Vale reparar nisso.
checkin-thanks-good-2 = Obrigado. Um dia mais tranquilo merece ser notado: é de dias assim que a confiança se refaz.
checkin-thanks-good-3 = Obrigado pelo check-in. Que bom que hoje se sustentou. Deixe isso contar, sem se preocupar se vai durar.
checkin-thanks-good-4 = Obrigado. Parece que hoje teve um pouco de leveza. Guarde um pouco dela para os dias mais difíceis.
checkin-thanks-good-5 = Obrigado pelo check-in. Um dia bom não precisa provar nada: pode ser só um dia bom.
checkin-anything-else = Mais alguma coisa por hoje? Está tudo aqui, a um toque.
checkin-missed-ok = Que bom ter você de volta. Não precisa compensar os dias que passaram: o check-in de hoje é tudo o que importa.
checkin-hard-offer = Parece que foi um dia muito difícil. Se agora estiver sendo demais, logo abaixo tem um exercício de um minuto para voltar ao corpo, e o /sos mostra com quem você pode falar ainda hoje.
checkin-practice-heard =
    Uma prática curta sobre escuta

    Amanhã, escolha um momento calmo e peça dez minutos. Diga uma única coisa começando com “Eu senti…” e peça ao seu par que repita o que entendeu antes de responder. Se vier errado, diga de novo. Você não está pedindo que concorde, só que entenda.
checkin-practice-open =
    Uma prática curta de transparência

    Amanhã, conte alguma coisa antes que perguntem: onde você vai estar, com quem conversou, que chegou uma mensagem. Com simplicidade e sem ninguém pedir. Transparência oferecida constrói mais confiança do que respostas arrancadas.
checkin-practice-connect =
    Uma prática curta para se aproximar

    Amanhã, encontrem dez minutos sem celular e sem assuntos práticos. Cada um diz uma coisa concreta de que gostou no outro nesta semana. Algo pequeno e específico; nesses dez minutos, nada precisa ser resolvido.
checkin-practice-reassurance-affected =
    Uma prática curta para pedir tranquilidade

    Precisar de palavras que acalmem não é pedir demais; é o que uma ferida assim pede. Amanhã, peça isso numa frase clara: “Você pode me dizer…?” ou “Me ajudaria se você…”. Um pedido claro é mais fácil de atender do que uma indireta.
checkin-practice-reassurance-did =
    Uma prática curta para quando você precisa de segurança

    Talvez você também precise ouvir que isso pode melhorar. Procure parte desse apoio fora do casal: uma amizade de confiança ou um profissional. Não peça ao seu par que dê o assunto por encerrado: o ritmo é do seu par, e dias constantes dizem mais do que qualquer pergunta.
checkin-practice-reassurance-together =
    Uma prática curta para se tranquilizarem

    Amanhã, cada um completa em voz alta: “O que me tranquilizaria nesta semana é…”. Escutem sem discutir e escolham uma coisa que cada um consiga mesmo fazer. Promessas pequenas e cumpridas tranquilizam mais do que as grandes.
checkin-btn-not-met = Uma prática curta para isso
checkin-btn-reassurance = Uma prática para ter mais tranquilidade
checkin-btn-week = A prática desta semana
checkin-btn-sos = Ajuda e apoio (/sos)
checkin-btn-done = Pronto por hoje
checkin-week-new = Tem uma prática curta nova nesta semana, a um toque.
checkin-week-intro = A prática desta semana. Experimente uma ou duas vezes; pode adaptar do seu jeito.
checkin-week-did-1 =
    Conte antes que perguntem

    Uma vez por dia, mencione algo que poderia deixar seu par na dúvida, antes que venha a pergunta: uma mensagem, um plano, uma mudança de horário. Com naturalidade. Não é relatar tudo, e sim fazer com que perguntar deixe de ser necessário.
checkin-week-did-2 =
    Diga sem amenizar

    Escreva para você, numa frase simples, o que você fez, sem “só”, “apenas” ou “mas”. Repare na vontade de diminuir ou de se justificar. Assumir por inteiro é onde o reparo começa.
checkin-week-did-3 =
    Explicar não é desculpar

    Pense no que aquele comportamento dava a você: atenção, fuga, sentir que alguém desejava você, evitar uma conversa difícil em casa. Entender essa necessidade importa. Ela explica o que aconteceu; não torna aceitável, e cuidar disso é tarefa sua.
checkin-week-did-4 =
    Feche a outra porta direito

    Se o contato com a outra pessoa ainda está aberto, encerre com uma mensagem curta e clara, sem drama e sem deixar brecha para recomeçar. Depois conte ao seu par que fez isso, sem esperar que perguntem.
checkin-week-did-5 =
    As perguntas não são um ataque

    Quando seu par perguntar de novo algo que você já respondeu, responda outra vez, com calma. Perguntas repetidas são o jeito de a confiança se conferir. Tratá-las como exagero devolve o trabalho a quem foi ferido.
checkin-week-did-6 =
    Vá além do confortável

    Nesta semana, repare quando a transparência começar a parecer suficiente. Em geral é justamente a hora de continuar. A confiança volta com semanas de constância, por mais tempo do que parece necessário para você.
checkin-week-did-7 =
    Não apresse a cura do outro

    Segure-se antes de perguntar “já passou?”, em palavras ou em suspiros. Os sentimentos do seu par levam o tempo que levam. No lugar disso, pergunte uma vez nesta semana: “Tem alguma coisa que você precisa de mim agora?”
checkin-week-did-8 =
    Olhe o que mudou

    Repasse essas semanas: o que você faz diferente hoje, e não só promete? Nomeie para você uma mudança e uma coisa que ainda quer trabalhar. Se travar em entender por que aconteceu, um profissional pode ajudar.
checkin-week-affected-1 =
    Dê nome ao que sente

    Uma vez por dia, resuma o que sente numa palavra ou frase curta: mágoa, raiva, vazio, desconfiança, tristeza, esperança. Não precisa fazer mais nada. Dar nome a um sentimento costuma tirar um pouco do peso dele.
checkin-week-affected-2 =
    Seus sentimentos não precisam ser administrados

    Se alguém, inclusive seu par, empurra você para já ter superado, repare. Você tem direito de sentir isso pelo tempo que for preciso. Se quiser, diga: “Ainda estou elaborando, e tudo bem.”
checkin-week-affected-3 =
    Peça o que precisa, com clareza

    Escolha uma coisa que ajudaria você a sentir mais segurança nesta semana e peça numa frase. Querer transparência por um tempo não é exagero; é parte normal de reconstruir a confiança.
checkin-week-affected-4 =
    Uma pessoa sua

    Escolha alguém de confiança, uma amizade, alguém da família ou um profissional, e conte um pouco do que está carregando. Reconstruir a confiança é peso demais para ficar só dentro do casal.
checkin-week-affected-5 =
    Atravessar a dor, não contorná-la

    Quando algo lembrar o que aconteceu, uma música, uma data, um nome, deixe o sentimento vir em vez de empurrá-lo para baixo. Solte o ar devagar e diga a si: isso faz parte de atravessar, não é voltar atrás.
checkin-week-affected-6 =
    Não é uma arma

    Numa discussão sobre outro assunto, repare se o que aconteceu está prestes a sair. Guarde para os momentos reservados para falar disso. Usar como arma permanente costuma manter a ferida aberta.
checkin-week-affected-7 =
    Cuide de você

    Nesta semana, faça uma coisa que seja só sua: uma caminhada, uma amizade, dormir bem, algo de que você gostava. Reconstruir a confiança gasta energia, e você também precisa de alguma para si.
checkin-week-affected-8 =
    Com o que você consegue conviver

    Num momento calmo, pergunte a si: lá no fundo, você sente que isso pode sarar? As duas respostas são honestas. Seja o que for que você perceber, não precisa decidir nada nesta semana.
checkin-week-together-1 =
    Um horário fixo para o difícil

    Combinem um tempo sem pressa nesta semana para falar do que ainda dói, uns 30 minutos. Fora dele, “hoje estou num dia difícil” sempre pode ser dito. Um horário fixo evita que isso invada tudo.
checkin-week-together-2 =
    Repetir o que ouviu

    Na próxima conversa, cada um repete o que ouviu antes de responder: “O que eu entendi foi…”. É mais lento, e evita muita briga antes de começar.
checkin-week-together-3 =
    Uma coisa de cada vez

    Quando falarem do que aconteceu, fiquem no fato específico. A pergunta maior, o que a relação de vocês permite, fica para outro dia calmo. Misturar as duas costuma sobrecarregar.
checkin-week-together-4 =
    Coloquem os combinados em palavras

    Escolham um ponto em que vocês achavam que estavam de acordo e digam em voz alta o que cada um acha aceitável. Diferenças não são fracasso; são exatamente o que vocês precisam saber. A conversa sobre combinados do Candor pode ajudar.
checkin-week-together-5 =
    Reparem no que está funcionando

    Cada um diz em voz alta um momento desta semana em que o outro facilitou as coisas. A reconstrução não é só falar do que deu errado.
checkin-week-together-6 =
    Depois de uma conversa ruim

    Se uma conversa der errado, voltem a ela em até um dia: “Aquilo não saiu bem. Podemos tentar de novo?” Uma conversa retomada machuca menos do que uma que fica no ar.
checkin-week-together-7 =
    Um tempo só de vocês

    Planejem uma hora juntos que não tenha nada a ver com o que aconteceu: uma caminhada, uma refeição, algo de que os dois gostem. A confiança também volta nos bons momentos comuns.
checkin-week-together-8 =
    Olhem para trás juntos

    Conversem sobre o que mudou desde o começo: o que ficou mais fácil, o que ainda pesa e o que cada um quer do outro daqui para frente. Se vocês travarem sempre no mesmo ponto, uma terapia de casal pode ajudar.
