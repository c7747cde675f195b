## A conversa sobre combinados: dizer em voz alta o que cada pessoa supunha que estava tudo bem.

agreement-title = Colocar os combinados em palavras
agreement-summary = Coloquem em palavras o que cada um achava combinado, tema por tema.
agreement-recap = Você estava no meio da revisão dos seus combinados.

agreement-intro =
    A maioria dos casais vive com regras que ninguém nunca disse em voz alta. Cada pessoa supõe, em silêncio, que a outra vê as coisas do mesmo jeito, e normalmente só descobre que não era bem assim quando um desses limites não ditos é ultrapassado.

    Colocar essas regras em palavras, antes ou depois de um limite ser ultrapassado, é uma parte comum de cuidar de uma relação. Não é sinal de desconfiança.

    Também não existe um conjunto certo de respostas. Para alguns casais, uma amizade próxima com um pouco de flerte não é problema; para outros, é um limite firme. Manter contato com ex funciona do mesmo jeito. O que conta é que vocês saibam em que pé estão.
agreement-intro-how =
    Vou passar por treze pontos com você, um de cada vez. Em cada um, toque no que é verdade para você hoje: tudo bem, não dá, depende, não tem certeza, quer conversar, ou o que você precisaria ali, com as suas palavras.

    Responda por você, não pelo que acha que seu par diria. No fim, você recebe um resumo para levar à conversa com seu par.
agreement-begin = Vamos ver um por um

agreement-fine = Por mim, tudo bem
agreement-not-fine = Para mim, não dá
agreement-depends = Depende
agreement-need = Do que eu precisaria
agreement-unsure = Não tenho certeza
agreement-talk = Quero conversar sobre isso

agreement-q-friendships =
    1 de 13: Amizades que só um lado conhece

    Uma pessoa do casal tem uma amizade próxima que a outra nunca conheceu. Essa amizade rende conversas frequentes e, às vezes, encontros.

    Como você se sente com isso?
agreement-q-ex-contact =
    2 de 13: Contato com ex

    Uma pessoa do casal mantém contato com ex: uma mensagem de vez em quando, talvez um café quando calha de estarem na mesma cidade.

    Como você se sente com isso?
agreement-q-ex-online =
    3 de 13: Ex nas redes sociais

    Uma pessoa do casal segue ex nas redes sociais e curte ou comenta o que essa pessoa posta.

    Como você se sente com isso?
agreement-q-dating-apps =
    4 de 13: Apps de namoro

    Uma pessoa do casal ainda tem perfil em um app de namoro durante a relação, usando ou não.

    Como você se sente com isso?
agreement-q-flirting =
    5 de 13: Flerte

    Uma pessoa do casal flerta com outra pessoa: brincadeiras, elogios, um certo clima, pessoalmente ou por mensagem. Nada vai além disso.

    Como você se sente com isso?
agreement-q-sexting =
    6 de 13: Sexting

    Um de vocês troca mensagens ou fotos sexuais, ou de flerte escancarado, com outra pessoa. Tudo fica na tela; ninguém se encontra.

    Como isso fica para você?
agreement-q-private-messages =
    7 de 13: Contas e mensagens privadas

    Uma pessoa do casal tem uma conta ou um app de conversa que a outra não sabe que existe, ou apaga com frequência a conversa com uma pessoa específica.

    Não se trata de ler as mensagens de ninguém. Todo mundo tem direito a conversas privadas. A questão é se existe algo que a outra pessoa do casal nem sabe que está lá.

    Como você se sente com isso?
agreement-q-coworker =
    8 de 13: Proximidade com alguém do trabalho

    Uma pessoa do casal se aproxima de alguém do trabalho: almoços a dois, conversas longas, mensagens à noite sobre coisas que vão além do trabalho.

    Como você se sente com isso?
agreement-q-complaining =
    9 de 13: Reclamar da relação com alguém atraente

    Um de vocês desabafa sobre os problemas da relação com alguém com quem existe uma atração, de um lado ou do outro.

    Como isso fica para você?
agreement-q-basically-single =
    10 de 13: Agir como se não tivesse compromisso

    Com alguém que acha atraente, um de vocês diminui a relação: “é complicado”, “a gente é quase só colega de casa”, ou simplesmente não fala dela.

    Como isso fica para você?
agreement-q-intimate-sharing =
    11 de 13: Contar coisas íntimas

    Uma pessoa do casal se abre com outra pessoa sobre assuntos pessoais, como sentimentos íntimos ou como anda a relação, inclusive coisas que ainda não dividiu dentro do casal.

    Como você se sente com isso?
agreement-q-emotional-dependency =
    12 de 13: Alguém que depende de você, ou você dele

    Um de vocês vira o apoio de outra pessoa para tudo, ou se apoia em alguém desse jeito: em contato o dia inteiro, o primeiro a saber de qualquer novidade, difícil passar um dia sem se falar. Começa a funcionar como uma relação à parte.

    Como isso fica para você?
agreement-q-secret-plans =
    13 de 13: Planos que ficam sem menção

    Uma pessoa do casal combina de ver alguém e não comenta nada, nem antes nem depois.

    Como você se sente com isso?
agreement-q-need =
    Em uma ou duas frases: do que você precisaria aqui? Por exemplo, ficar sabendo pelo seu par, que perguntem a você antes, ou que isso não aconteça.

    Isso vai só para o seu resumo. Se vocês compararem, seu par vê que você apontou uma necessidade aqui, nunca as suas palavras.
agreement-need-skip = Pular e seguir

agreement-recap-friendships = Você estava no ponto 1 de 13: amizades que só um lado conhece.
agreement-recap-ex-contact = Você estava no ponto 2 de 13: contato com ex.
agreement-recap-ex-online = Você estava no ponto 3 de 13: ex nas redes sociais.
agreement-recap-dating-apps = Você estava no ponto 4 de 13: apps de namoro.
agreement-recap-flirting = Você estava no ponto 5 de 13: flerte.
agreement-recap-sexting = Você estava no ponto 6 de 13: sexting.
agreement-recap-private-messages = Você estava no ponto 7 de 13: contas e mensagens privadas.
agreement-recap-coworker = Você estava no ponto 8 de 13: proximidade com alguém do trabalho.
agreement-recap-complaining = Você estava no ponto 9 de 13: reclamar da relação com alguém atraente.
agreement-recap-basically-single = Você estava no ponto 10 de 13: agir como se não tivesse compromisso.
agreement-recap-intimate-sharing = Você estava no ponto 11 de 13: contar coisas íntimas.
agreement-recap-emotional-dependency = Você estava no ponto 12 de 13: alguém que depende de você, ou você dele.
agreement-recap-secret-plans = Você estava no ponto 13 de 13: planos que ficam sem menção.
agreement-recap-not-rules = Você já tinha passado pelos treze pontos. O próximo passo era o seu resumo.
agreement-recap-safety = Você já tinha passado por todos os pontos. Antes do resumo, faltava uma pergunta sobre a sua segurança.

agreement-not-rules =
    Antes do seu resumo, uma coisa que esta lista deixa de fora de propósito.

    Mexer no celular do par, exigir senhas ou rastrear a localização pode até parecer um combinado, mas não é. São sinais de controle. E costumam corroer justamente a confiança que deveriam proteger.

    Se você já sentiu vontade de fazer algo assim, dá para entender. Mágoa e dúvida empurram as pessoas nessa direção. Normalmente, isso quer dizer que alguma coisa precisa ser dita em voz alta, e é para isso que serve o seu resumo.

    Transparência oferecida por vontade própria é outra coisa. Seu par pode escolher contar com quem tem conversado, ou avisar quando uma amizade começar a ficar próxima demais. Isso é algo que se oferece, não uma regra que alguém impõe.

    E se é você quem tem o celular vigiado ou a localização rastreada, e isso traz desconforto ou medo, isso importa. O /sos mostra com quem você pode conversar.
agreement-see-summary = Ver meu resumo

agreement-summary-intro = É assim que você se posiciona hoje. Leve isso para a conversa como ponto de partida, não como uma lista de exigências. Suas respostas podem mudar, e as do seu par também.

agreement-tally = { $lines }

agreement-tally-fine = Tudo bem para você: { $n }

agreement-tally-not-fine = Não está bem para você: { $n }

agreement-tally-depends = Depende: { $n }

agreement-tally-unsure = Ainda sem certeza: { $n }

agreement-tally-talk = Para conversar: { $n }

agreement-tally-need = Onde você disse do que precisaria: { $n }
agreement-summary-none = Desta vez você não marcou nenhum dos pontos. Tudo bem; as ideias abaixo continuam valendo.
agreement-group-fine =
    Tudo bem para você:
    { $areas }
agreement-group-not-fine =
    Não está bem para você:
    { $areas }
agreement-group-depends =
    Para você, depende:
    { $areas }
agreement-group-unsure =
    Ainda sem certeza:
    { $areas }
agreement-group-talk =
    Você gostaria de conversar sobre:
    { $areas }
agreement-group-need =
    Do que você precisaria:
    { $areas }
agreement-need-item = • { $area }: “{ $need }”

agreement-area-friendships = Amizades que só um lado conhece
agreement-area-ex-contact = Contato com ex
agreement-area-ex-online = Seguir ex nas redes ou interagir com os posts
agreement-area-dating-apps = Perfis em apps de namoro
agreement-area-flirting = Flerte
agreement-area-sexting = Sexting com outra pessoa
agreement-area-private-messages = Contas privadas, mensagens e conversas apagadas
agreement-area-coworker = Proximidade com alguém do trabalho
agreement-area-complaining = Reclamar da relação com alguém atraente
agreement-area-basically-single = Agir como se não tivesse compromisso, diante de alguém atraente
agreement-area-intimate-sharing = Contar coisas íntimas para outra pessoa
agreement-area-emotional-dependency = Alguém que depende de um de vocês como se fosse um par
agreement-area-secret-plans = Combinar encontros com alguém sem contar

agreement-unsure-note = Onde você não tem certeza, pode dizer exatamente isso. Não ter certeza é uma resposta honesta, e dá para chegar a uma resposta em conjunto.
agreement-depends-note = Onde depende, tente dizer do quê: quem é a pessoa, com que frequência, se é às claras. Essas condições são o combinado de verdade.

agreement-how =
    Como conduzir a conversa

    • Se algo específico aconteceu, fale disso primeiro, separadamente. Deixe a conversa mais ampla sobre os combinados para um momento mais calmo; fazer as duas coisas de uma vez costuma sobrecarregar vocês.
    • Faça disso uma troca, não uma negociação. Cada pessoa diz o que acha tranquilo, o que não acha, onde tem dúvida e do que precisa. Escute as respostas do seu par com a mesma atenção com que você compartilha as suas.
    • Espere algumas diferenças. Diferença não é erro de ninguém. Encontrar essas diferenças é justamente o objetivo.
agreement-never-said =
    Uma coisa para observar, se aparecer: “a gente nunca disse que não podia”. Pode até ser verdade no papel e, ainda assim, ser um jeito de fugir da responsabilidade pelo que aconteceu. Contato escondido com alguém por quem se sente atração vai contra o espírito de uma relação de compromisso. Não precisa estar escrito em lugar nenhum para isso ser verdade.

    Dizer os combinados em voz alta fecha essa brecha, para os dois lados.
agreement-safety-first = Você me contou que existe medo ou controle nisso, então a sua segurança vem antes de qualquer combinado. Se tocar no assunto puder colocar você em mais risco, converse antes com uma linha de apoio: o primeiro botão abaixo mostra quais. Este resumo é só para você.
agreement-summary-next = Para onde você gostaria de ir agora?
agreement-safety-yes = Nada disso precisa chegar ao seu par. O seu resumo fica com você, e ele não vai sugerir convidar seu par.
